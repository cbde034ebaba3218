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
package org.entraide.web.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The settings of {@code etc/org.entraide.web.cfg}, kept apart from the servlet: a configuration change
 * updates them in place, so the servlet's Whiteboard registration (whose service properties would
 * otherwise change) stays as it is and the site never blinks.
 */
@Component(service = WebSettings.class, configurationPid = "org.entraide.web",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = WebConfig.class)
public class WebSettings {

    private volatile AppSettings current;

    @Activate
    @Modified
    void configure(WebConfig config) {
        current = AppSettings.of(config);
    }

    AppSettings current() {
        return current;
    }
}
