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
package org.entraide.api.error;

import java.util.List;

/**
 * The request itself is malformed rather than breaking a business rule: a parameter that is not a
 * number, a radius out of range, a coordinate off the globe. Answered as a 400; nothing was written.
 */
public class InvalidRequestException extends ValidationException {

    private static final long serialVersionUID = 1L;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors);
    }

    public InvalidRequestException(String field, String message) {
        super(field, message);
    }

    /**
     * A malformed request naming one field (since 1.3).
     *
     * @param error what is wrong
     */
    public InvalidRequestException(FieldError error) {
        super(error);
    }
}
