package dev.palisade.agent.servlet;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.bridge.BodyHooks;

/** Appends what the application reads from the request body to the current request's capture. */
public final class RequestBodyHooks implements BodyHooks {

    private final ServletRequestHooks requests;

    public RequestBodyHooks(ServletRequestHooks requests) {
        this.requests = requests;
    }

    @Override
    public void bytesRead(byte[] buffer, int offset, int length) {
        RequestContext context = requests.current();
        if (context != null) {
            context.body().append(buffer, offset, length);
        }
    }

    @Override
    public void charsRead(char[] buffer, int offset, int length) {
        RequestContext context = requests.current();
        if (context != null) {
            context.body().appendChars(buffer, offset, length);
        }
    }

    @Override
    public boolean capturing() {
        return requests.current() != null;
    }
}
