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
package org.entraide.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The JSON of answers that a service hands out again as the very same immutable object: the posts
 * service's feed cache returns one {@code Page} instance for as long as that answer is valid, so its
 * bytes are written once and sent again, instead of walking and encoding the same 20 posts on every call.
 *
 * <p>Freshness stays the service's decision: the bytes are only ever reused for the identical object
 * they were made from (compared by reference), never for an equal one nor for a request that merely looks
 * the same. The answers are held weakly: once the service has dropped one and it is collected, its bytes go
 * too. At most {@code capacity} answers are kept; beyond that the table is emptied and fills again, which
 * costs one encoding per answer.
 */
public final class RenderedAnswers {

    /** An answer, by identity, held weakly. */
    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object answer, ReferenceQueue<Object> queue) {
            super(answer, queue);
            hash = System.identityHashCode(answer);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object answer = get();
            return answer != null && other instanceof Key key && key.get() == answer;
        }
    }

    private final Map<Key, byte[]> json = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    private final int capacity;
    private final ObjectWriter writer;

    /**
     * @param capacity the most answers kept at once
     */
    public RenderedAnswers(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        writer = JsonProvider.shared().writer();
    }

    /**
     * The JSON of an answer: the bytes made the last time this very object was asked for, or new ones.
     *
     * @param answer the service's immutable answer, the key compared by reference
     * @param body the body to encode when the bytes are not there (the answer's view)
     */
    public byte[] json(Object answer, Supplier<?> body) {
        Key key = new Key(answer, null);
        byte[] kept = json.get(key);
        if (kept != null) {
            return kept;
        }
        byte[] made;
        try {
            made = writer.writeValueAsBytes(body.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The answer could not be written as JSON", e);
        }
        for (Reference<?> gone = collected.poll(); gone != null; gone = collected.poll()) {
            json.remove(gone);
        }
        if (json.size() >= capacity) {
            json.clear();
        }
        json.put(new Key(answer, collected), made);
        return made;
    }

    int size() {
        return json.size();
    }
}
