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
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Jetty's own error answers problem+json: those it gives before any web context sees the request (a
 * {@code %00} or another bad escape in the path: 400, a URI too long: 414, headers too large: 431, a malformed
 * request line, a body over Jetty's own limits: 413) and those of requests no context takes.
 *
 * <p>Pax Web 8 adds every OSGi service of type {@link Handler} to its Jetty server and hands it that server; this one
 * handles nothing and uses the moment to replace the server's {@link ErrorHandler} by {@link ProblemErrorHandler}.
 * That is done from this bundle rather than from an {@code etc/jetty.xml}, whose classes Pax Web loads from its own
 * bundle and could not see this one. The web contexts keep the error handlers Pax Web gives them; their own errors
 * (those of CXF and of the web application) are already answered by them. No stack trace nor server version is
 * ever written (Pax Web's connectors do not send {@code Server} already).
 */
@Component(service = Handler.class, immediate = true)
public final class JettyProblems extends AbstractHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JettyProblems.class);

    /**
     * Called by Pax Web, possibly while the server is starting: the new error handler is given its server before
     * the server starts it (Jetty refuses to change the server of a started handler), and nothing that goes wrong
     * here may stop Pax Web from starting Jetty, so a failure is logged and Jetty's own handler stays.
     */
    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server != null && !(server.getErrorHandler() instanceof ProblemErrorHandler)) {
            try {
                ProblemErrorHandler handler = new ProblemErrorHandler();
                handler.setServer(server);
                server.setErrorHandler(handler);
            } catch (RuntimeException e) {
                LOG.warn("Jetty's own errors stay HTML: could not install the problem+json error handler", e);
            }
        }
    }

    /** Gives the server back a plain error handler (without stack traces) when this bundle goes. */
    @Deactivate
    void deactivate() {
        Server server = getServer();
        if (server != null && server.getErrorHandler() instanceof ProblemErrorHandler) {
            ErrorHandler plain = new ErrorHandler();
            plain.setShowStacks(false);
            plain.setServer(server);
            try {
                server.setErrorHandler(plain);
            } catch (RuntimeException e) {
                LOG.warn("Could not give Jetty back its own error handler", e);
            }
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        // Nothing: this handler is only there to install the error handler.
    }

    /** The problem+json body for an HTTP status Jetty answers by itself. */
    static byte[] body(int status, String reason) {
        ProblemType type;
        String detail;
        switch (status) {
            case 404:
                type = ProblemType.NOT_FOUND;
                detail = "Nothing here.";
                break;
            case 405:
                type = ProblemType.METHOD_NOT_ALLOWED;
                detail = "This method is not allowed here.";
                break;
            case 413:
                type = ProblemType.TOO_LARGE;
                detail = "The request is too large.";
                break;
            case 414:
                type = ProblemType.URI_TOO_LONG;
                detail = "The request URI is too long.";
                break;
            case 431:
                type = ProblemType.HEADERS_TOO_LARGE;
                detail = "The request headers are too large.";
                break;
            default:
                type = status >= 500 ? ProblemType.INTERNAL : ProblemType.INVALID_REQUEST;
                detail = status >= 500 ? "Something went wrong on our side." : "The request is malformed.";
        }
        if (reason != null && status < 500 && reason.length() <= Problem.MAX_TEXT && !reason.contains("\n")) {
            // Jetty's reasons name what is wrong ("Ambiguous URI path encoding", "Bad URI"), never a trace.
            detail = detail + " " + reason;
        }
        Problem problem = ProblemResponses.problem(Languages.preferred(null), type, status, detail, List.of());
        try {
            return JsonProvider.shared().writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Jetty's error handler, writing problem+json instead of HTML, with no stack trace. */
    static final class ProblemErrorHandler extends ErrorHandler {

        ProblemErrorHandler() {
            setShowStacks(false);
            setShowServlet(false);
        }

        @Override
        public boolean errorPageForMethod(String method) {
            return true;
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                HttpServletResponse response, int code, String message) throws IOException {
            byte[] body = body(code, message);
            baseRequest.setHandled(true);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
            fields.put("X-Content-Type-Options", "nosniff");
            return ByteBuffer.wrap(body(status, reason));
        }
    }
}
