/*
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.entraide.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;

/**
 * Every integration test, in one container: booting the distribution costs about 20 s, so the
 * classes share it. Tests that reinstall features come last, once the others have used the platform.
 */
@RunWith(Suite.class)
@Suite.SuiteClasses({
    PlatformIT.class,
    OperatorShellIT.class,
    IdentityIT.class,
    SignInAbuseIT.class,
    GeoIT.class,
    PostsIT.class,
    AlertsIT.class,
    EmailIT.class,
    AccountRecoveryIT.class,
    WebPushIT.class,
    DigestIT.class,
    ActorsIT.class,
    OperationsIT.class,
    AbuseLimitsIT.class,
    SuspensionIT.class,
    BlockingIT.class,
    EscalationIT.class,
    DashboardIT.class,
    ModerationIT.class,
    RelayIT.class,
    ErrorCodesIT.class,
    PartnerArchetypeIT.class,
    PreviewIT.class,
    BadPluginIT.class,
    HostileInputIT.class,
    NodeLeasesIT.class,
    TerritoriesIT.class,
    DemoIT.class,
    PluginLifecycleIT.class,
    WebAppIT.class,
    EdgesIT.class,
    FeatureLifecycleIT.class,
})
public class EntraideSuiteIT {
}
