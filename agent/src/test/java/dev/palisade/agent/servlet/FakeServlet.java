package dev.palisade.agent.servlet;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.DispatcherType;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Minimal in-memory servlet request/response pairs (real javax API interfaces, proxied). */
final class FakeServlet {

    final Map<String, Object> attributes = new HashMap<>();
    final Map<String, String> requestHeaders = new LinkedHashMap<>();
    final Map<String, String> responseHeaders = new LinkedHashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    DispatcherType dispatcherType = DispatcherType.REQUEST;
    String uri = "/api/orders/7";
    int status = 200;
    boolean committed;

    final HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
            FakeServlet.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getMethod": return "GET";
                    case "getRequestURI": return uri;
                    case "getQueryString": return "q=1";
                    case "getContextPath": return "";
                    case "getServletPath": return uri;
                    case "getPathInfo": return null;
                    case "getRemoteAddr": return "10.1.2.3";
                    case "getHeader": return requestHeaders.get(args[0]);
                    case "getHeaders": return Collections.enumeration(requestHeaders.containsKey(args[0])
                            ? java.util.List.of(requestHeaders.get(args[0])) : java.util.List.of());
                    case "getHeaderNames": return Collections.enumeration(requestHeaders.keySet());
                    case "getDispatcherType": return dispatcherType;
                    case "getAttribute": return attributes.get(args[0]);
                    case "setAttribute": attributes.put((String) args[0], args[1]); return null;
                    case "isAsyncStarted": return false;
                    case "hashCode": return System.identityHashCode(proxy);
                    case "equals": return proxy == args[0];
                    default: throw new UnsupportedOperationException(method.getName());
                }
            });

    final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            FakeServlet.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getStatus": return status;
                    case "isCommitted": return committed;
                    case "setStatus": status = (Integer) args[0]; return null;
                    case "setHeader": responseHeaders.put((String) args[0], (String) args[1]); return null;
                    case "getHeader": return responseHeaders.get(args[0]);
                    case "resetBuffer": body.reset(); return null;
                    case "reset": body.reset(); responseHeaders.clear(); status = 200; return null;
                    case "flushBuffer": committed = true; return null;
                    case "getOutputStream": return new ServletOutputStream() {
                        @Override
                        public void write(int b) {
                            body.write(b);
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setWriteListener(WriteListener listener) {
                        }
                    };
                    case "hashCode": return System.identityHashCode(proxy);
                    case "equals": return proxy == args[0];
                    default: throw new UnsupportedOperationException(method.getName());
                }
            });
}
