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

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;
import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * Bounds request bodies to {@value #MAX_BODY_BYTES} bytes whatever the transfer encoding. A declared
 * {@code Content-Length} over the limit is refused before anything reads the body; otherwise (chunked bodies, or a
 * length that lies) the bytes are counted as the JSON reader pulls them, and the first byte past the limit stops the
 * reading with a 413: the rest of the body is never read nor buffered (see {@link #forgetTheRest}), and Jetty closes
 * the connection rather than drain it.
 */
@PreMatching
final class BodySizeFilter implements ContainerRequestFilter {

    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private static final String DETAIL = "The request body is larger than " + MAX_BODY_BYTES + " bytes.";

    @Override
    public void filter(ContainerRequestContext request) {
        Runnable forget = forgetTheRest();
        if (request.getLength() > MAX_BODY_BYTES) {
            forget.run();
            request.abortWith(tooLarge());
            return;
        }
        InputStream body = request.getEntityStream();
        if (body != null) {
            request.setEntityStream(new Bounded(body, MAX_BODY_BYTES, forget));
        }
    }

    /**
     * What keeps CXF from reading the rest of a refused body: before it answers, CXF drains up to 16 MiB of what
     * the client is still sending (so that a client blocked on sending may read the answer). Swapping the request's
     * stream for an empty one skips that; Jetty then closes the connection after the answer instead of keeping it.
     */
    private static Runnable forgetTheRest() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        DelegatingInputStream raw = message == null ? null : message.getContent(DelegatingInputStream.class);
        return () -> {
            if (raw != null) {
                raw.setInputStream(InputStream.nullInputStream());
            }
        };
    }

    private static Response tooLarge() {
        return ProblemResponses.of(Languages.preferred(null), ProblemType.TOO_LARGE, 413, DETAIL, List.of());
    }

    /** Thrown out of a read past the limit; {@link ProblemMapper} answers it as a 413 problem. */
    static final class TooLarge extends WebApplicationException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(DETAIL, 413);
        }
    }

    /** A stream that fails, rather than read on, once more than {@code limit} bytes have come through it. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private final Runnable onOverflow;
        private long count;

        Bounded(InputStream in, long limit, Runnable onOverflow) {
            super(in);
            this.limit = limit;
            this.onOverflow = onOverflow;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit: enough to know it is exceeded.
            long room = limit - count + 1;
            int n = super.read(buffer, offset, (int) Math.min(length, Math.max(room, 1)));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, limit - count + 1));
            counted(skipped);
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                onOverflow.run();
                throw new TooLarge();
            }
        }
    }
}
