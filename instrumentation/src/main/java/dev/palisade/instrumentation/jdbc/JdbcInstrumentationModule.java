package dev.palisade.instrumentation.jdbc;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.palisade.instrumentation.InstrumentationModule;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * The JDBC sink ({@code jdbc}): every driver and pool, matched by interface, never by name.
 *
 * <p>Instruments, in every concrete class implementing the interface:
 * <ul>
 *   <li>{@code java.sql.Statement}: {@code execute}, {@code executeQuery}, {@code executeUpdate},
 *       {@code executeLargeUpdate} whose first argument is the SQL {@code String} (checked, counted,
 *       timed: {@link ExecuteSqlAdvice}); {@code addBatch(String)} (checked: {@link AddBatchAdvice});
 *       the same names without arguments and {@code executeBatch}/{@code executeLargeBatch}
 *       (counted, timed: {@link ExecutePreparedAdvice}).</li>
 *   <li>{@code java.sql.Connection}: {@code prepareStatement} and {@code prepareCall} whose first
 *       argument is the SQL (checked when prepared: {@link PrepareAdvice}).</li>
 * </ul>
 * Pools and wrappers (HikariCP's proxies, DBCP, Spring) are instrumented like drivers; the
 * runtime's per-thread depth makes only the outermost call act.
 *
 * <p>Matching cost: {@code java.sql} is visible from every class loader, so a loader check would
 * filter nothing. Instead a class must itself declare one of these methods (read from its own
 * class file) before the supertype walk runs.
 */
public final class JdbcInstrumentationModule implements InstrumentationModule {

    private static final String STATEMENT = "java.sql.Statement";
    private static final String CONNECTION = "java.sql.Connection";

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public AgentBuilder extend(AgentBuilder builder) {
        ElementMatcher.Junction<MethodDescription> executeSql = concrete()
                .and(namedOneOf("execute", "executeQuery", "executeUpdate", "executeLargeUpdate"))
                .and(takesArgument(0, String.class));
        ElementMatcher.Junction<MethodDescription> addBatch = concrete().and(named("addBatch"))
                .and(takesArguments(String.class));
        ElementMatcher.Junction<MethodDescription> executePrepared = concrete().and(takesArguments(0))
                .and(namedOneOf("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
                        "executeBatch", "executeLargeBatch"));
        ElementMatcher.Junction<MethodDescription> prepare = concrete()
                .and(namedOneOf("prepareStatement", "prepareCall"))
                .and(takesArgument(0, String.class));
        return builder
                .type(not(isInterface()).and(declaresMethod(executeSql.or(addBatch).or(executePrepared)))
                        .and(hasSuperType(named(STATEMENT))))
                .transform(new AgentBuilder.Transformer.ForAdvice()
                        .include(ExecuteSqlAdvice.class.getClassLoader())
                        .advice(executeSql, ExecuteSqlAdvice.class.getName())
                        .advice(addBatch, AddBatchAdvice.class.getName())
                        .advice(executePrepared, ExecutePreparedAdvice.class.getName()))
                .type(not(isInterface()).and(declaresMethod(prepare)).and(hasSuperType(named(CONNECTION))))
                .transform(new AgentBuilder.Transformer.ForAdvice()
                        .include(PrepareAdvice.class.getClassLoader())
                        .advice(prepare, PrepareAdvice.class.getName()));
    }

    private static ElementMatcher.Junction<MethodDescription> concrete() {
        return isPublic().and(not(isAbstract()));
    }
}
