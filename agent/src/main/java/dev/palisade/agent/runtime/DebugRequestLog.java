package dev.palisade.agent.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.palisade.agent.context.RequestContext;
import dev.palisade.agent.log.LogText;

/** With {@code logLevel=debug}, one escaped line per request at open and at close. */
public final class DebugRequestLog implements RequestListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.palisade.request");

    @Override
    public void onOpen(RequestContext context) {
        if (LOG.isDebugEnabled()) {
            String rule = context.rule() == null ? "-"
                    : context.rule().isDefault() ? "(defaults)" : context.rule().pattern();
            LOG.debug("request open id={} method={} path={} raw={} client={} rule={}", context.id(),
                    LogText.escape(context.method()), LogText.escape(context.path()),
                    LogText.escape(context.rawUri()), LogText.escape(context.clientAddress()), LogText.escape(rule));
        }
    }

    @Override
    public void onClose(RequestContext context, int status, Throwable thrown) {
        if (LOG.isDebugEnabled()) {
            long micros = (System.nanoTime() - context.startNanos()) / 1000;
            LOG.debug("request close id={} status={} micros={} async={} body_bytes={} form={}", context.id(), status,
                    micros, context.isAsync(), context.body().totalBytes(),
                    LogText.escape(String.valueOf(context.formParameters().keySet())));
        }
    }
}
