package dev.palisade.agent.servlet;

import java.io.IOException;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.inspect.BodyInspection;
import dev.palisade.bridge.BodyHooks;

/**
 * Appends what the application reads from the request body to the current request's capture, and
 * lets the body inspection judge the body once it is complete (it may fail the read: a block).
 */
public final class RequestBodyHooks implements BodyHooks {

    private final ServletRequestHooks requests;
    private final BodyInspection inspection;

    public RequestBodyHooks(ServletRequestHooks requests, BodyInspection inspection) {
        this.requests = requests;
        this.inspection = inspection;
    }

    @Override
    public IOException bytesRead(byte[] buffer, int offset, int length) {
        RequestContext context = requests.current();
        if (context == null) {
            return null;
        }
        context.body().append(buffer, offset, length);
        return inspection.afterRead(context, 0, false);
    }

    @Override
    public IOException charsRead(char[] buffer, int offset, int length) {
        RequestContext context = requests.current();
        if (context == null) {
            return null;
        }
        context.body().appendChars(buffer, offset, length);
        return inspection.afterRead(context, length, false);
    }

    @Override
    public IOException endOfBody() {
        RequestContext context = requests.current();
        return context == null ? null : inspection.afterRead(context, 0, true);
    }

    @Override
    public RuntimeException parametersBlocked() {
        RequestContext context = requests.current();
        return context == null ? null : inspection.parametersBlocked(context);
    }

    @Override
    public boolean capturing() {
        return requests.current() != null;
    }
}
