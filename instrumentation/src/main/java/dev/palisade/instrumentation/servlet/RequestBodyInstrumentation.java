package dev.palisade.instrumentation.servlet;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.io.BufferedReader;
import java.util.List;

import dev.palisade.instrumentation.CandidateRule;
import dev.palisade.instrumentation.AdviceRule;
import dev.palisade.instrumentation.ClassLoaderHasType;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The request-body tee for one servlet API package. Instruments:
 * <ul>
 *   <li>in {@code ServletInputStream} implementations: {@code read()}, {@code read(byte[])},
 *       {@code read(byte[], int, int)}, {@code readLine(byte[], int, int)};</li>
 *   <li>in {@code ServletRequest} implementations: {@code getReader()} (the result is wrapped), and
 *       {@code getParameter(String)}, {@code getParameterValues(String)}, {@code getParameterNames()},
 *       {@code getParameterMap()} (they throw when the request was blocked on its form body).</li>
 * </ul>
 * Form bodies are captured too: containers parse them through their input stream.
 */
final class RequestBodyInstrumentation {

    private RequestBodyInstrumentation() {
    }

    /** The classes {@link #extend} can match: by the methods and the loader checks below. */
    static List<CandidateRule> candidates(String apiPackage) {
        return List.of(CandidateRule.declaringAnyOf(apiPackage + ".ServletInputStream", "read([BII)I",
                        "readLine([BII)I", "read([B)I", "read()I"),
                CandidateRule.declaringAnyOf(apiPackage + ".ServletRequest", "getReader()Ljava/io/BufferedReader;",
                        // a request class (or wrapper) may override only the parameter methods
                        "getParameter(Ljava/lang/String;)Ljava/lang/String;",
                        "getParameterValues(Ljava/lang/String;)[Ljava/lang/String;",
                        "getParameterNames()Ljava/util/Enumeration;", "getParameterMap()Ljava/util/Map;"));
    }

    static List<AdviceRule> adviceRules(String apiPackage) {
        String inputStream = apiPackage + ".ServletInputStream";
        String request = apiPackage + ".ServletRequest";
        ElementMatcher.Junction<MethodDescription> readArray = concrete().and(named("read").or(named("readLine")))
                .and(takesArguments(byte[].class, int.class, int.class)).and(returns(int.class));
        ElementMatcher.Junction<MethodDescription> readWholeArray = concrete().and(named("read"))
                .and(takesArguments(byte[].class)).and(returns(int.class));
        ElementMatcher.Junction<MethodDescription> readByte = concrete().and(named("read"))
                .and(takesArguments(0)).and(returns(int.class));
        ElementMatcher.Junction<MethodDescription> getReader = concrete().and(named("getReader"))
                .and(takesArguments(0)).and(returns(named(BufferedReader.class.getName())));
        ElementMatcher.Junction<MethodDescription> getParameter = concrete()
                .and(named("getParameter").or(named("getParameterValues")).and(takesArguments(String.class))
                        .or(named("getParameterNames").or(named("getParameterMap")).and(takesArguments(0))));
        return List.of(
                AdviceRule.forTypes(not(isInterface()).and(declaresMethod(readArray.or(readWholeArray).or(readByte)))
                                .and(hasSuperType(named(inputStream))),
                        ClassLoaderHasType.hasType(inputStream))
                        .advice(readArray, BodyReadArrayAdvice.class)
                        .advice(readWholeArray, BodyReadWholeArrayAdvice.class)
                        .advice(readByte, BodyReadByteAdvice.class),
                AdviceRule.forTypes(not(isInterface()).and(declaresMethod(getReader.or(getParameter)))
                                .and(hasSuperType(named(request))),
                        ClassLoaderHasType.hasType(request))
                        .advice(getReader, GetReaderAdvice.class)
                        .advice(getParameter, ParameterReadAdvice.class));
    }

    private static ElementMatcher.Junction<MethodDescription> concrete() {
        return isPublic().and(not(isAbstract()));
    }
}
