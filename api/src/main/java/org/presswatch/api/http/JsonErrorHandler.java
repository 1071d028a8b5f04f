package org.presswatch.api.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to what it refuses before the API sees it (a request line or header it cannot
 * parse, {@code %00} or invalid UTF-8 in the path, a URL or headers over the limits, an HTTP
 * version it does not speak), in the API's error shape instead of Jetty's HTML page, with the
 * API's headers. An HTTP version or a transfer coding Jetty does not implement is the request's
 * fault, so it is a 400 here, not Jetty's 505 or 501; a 5xx is left to the server's own faults
 * and to its being overloaded.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String reason = (String) request.getAttribute(ERROR_MESSAGE);
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        if (cause instanceof HttpException refused) {
            status = refused.getCode();
            reason = reason != null ? reason : refused.getReason();
            if (status == 501 || status == 505) {
                status = 400;
            }
        }
        if (status < 400) {
            status = 500;
        }
        String code = ApiErrors.codeFor(status);
        String message = status >= 500 ? "the server could not answer this request; the error is in its log"
                : "the server refuses this request: " + (reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason);
        response.setStatus(status);
        SecurityHeaders.forApi().forEach((name, value) -> response.getHeaders().put(name, value));
        if (HttpStatus.hasNoBody(status) || HttpMethod.HEAD.is(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, ByteBuffer.wrap(ApiErrors.bytes(code, message)), callback);
        return true;
    }
}
