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
package org.entraide.support.moderation;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** A service of the API that answers only the methods a test names, and fails on any other call. */
final class Stub {

    private Stub() {
    }

    static <T> T of(Class<T> service, Map<String, Function<Object[], Object>> answers) {
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
                (proxy, method, args) -> {
                    Function<Object[], Object> answer = answers.get(method.getName());
                    if (answer == null) {
                        throw new AssertionError("unexpected call: " + method.getName());
                    }
                    return answer.apply(args);
                }));
    }
}
