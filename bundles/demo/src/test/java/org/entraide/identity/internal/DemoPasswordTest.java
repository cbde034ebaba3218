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
package org.entraide.identity.internal;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/**
 * The demo password against identity's real password policy, with the default settings of
 * {@code org.entraide.identity} and each demo resident's own email and name counted as guessable, as
 * {@code IdentityService.create} does. In identity's package because the policy is internal to it; the demo
 * data, internal to the demo bundle, is read by reflection.
 */
public class DemoPasswordTest {

    private static final String TERRITORY = "org.entraide.demo.internal.DemoTerritory";

    @Test
    public void theDemoPasswordPassesThePolicyForEveryDemoResident() throws Exception {
        Class<?> territory = Class.forName(TERRITORY);
        Field passwordField = territory.getDeclaredField("PASSWORD");
        passwordField.setAccessible(true);
        String password = (String) passwordField.get(null);
        Method residentsMethod = territory.getDeclaredMethod("residents");
        residentsMethod.setAccessible(true);
        List<?> residents = (List<?>) residentsMethod.invoke(null);
        assertEquals(6, residents.size());

        PasswordPolicy policy = new PasswordPolicy(10, 35);
        for (Object resident : residents) {
            String email = (String) accessor(resident, "email");
            String name = (String) accessor(resident, "displayName");
            assertEquals(email, Optional.empty(), policy.problem(password, email, name));
        }
    }

    private static Object accessor(Object record, String name) throws Exception {
        Method method = record.getClass().getDeclaredMethod(name);
        method.setAccessible(true);
        return method.invoke(record);
    }
}
