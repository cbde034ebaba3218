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
package org.entraide.support.jpa;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.Test;

/** The converter keeps instants to the nanosecond and nulls as nulls. */
public class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    public void anInstantComesBackFromItsTimestampUnchanged() {
        Instant instant = Instant.parse("2026-03-14T09:26:53.589793Z");

        Timestamp stored = converter.convertToDatabaseColumn(instant);

        assertEquals(instant, converter.convertToEntityAttribute(stored));
    }

    @Test
    public void aMissingInstantIsStoredAsNullAndReadAsNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
