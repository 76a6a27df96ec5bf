package dev.palisade.instrumentation.jdbc;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.util.List;

import dev.palisade.instrumentation.AdviceRule;
import dev.palisade.instrumentation.CandidateRule;
import dev.palisade.instrumentation.InstrumentationModule;
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
 * <p>Which classes: a class must itself declare one of these methods (read from its own class
 * file: cheap, and {@code java.sql} is visible from every loader, so a loader check would filter
 * nothing), and either implement the interface or declare a method returning {@code ResultSet}
 * (statements) or {@code PreparedStatement} (connections). The second case exists because drivers
 * implement the interface methods in abstract base classes that do not themselves implement it:
 * SQLite's {@code JDBC3Statement.executeQuery} is inherited by {@code JDBC4Statement}, which is the
 * class implementing {@code java.sql.Statement}, and advice only applies to declared methods. The
 * return types keep unrelated {@code execute()} methods out. An application helper with the same
 * shape is instrumented too; harmless, since only the outermost call acts.
 */
public final class JdbcInstrumentationModule implements InstrumentationModule {

    private static final String STATEMENT = "java.sql.Statement";
    private static final String CONNECTION = "java.sql.Connection";
    private static final String RESULT_SET = "java.sql.ResultSet";
    private static final String PREPARED_STATEMENT = "java.sql.PreparedStatement";

    @Override
    public String name() {
        return "jdbc";
    }

    @Override
    public List<CandidateRule> candidates() {
        // Every type rule below requires one of these declared methods (names and the argument and
        // return types the method matchers ask for); no loader check (see above).
        String sql = "(Ljava/lang/String;";
        return List.of(CandidateRule.declaringAnyOf(null, "execute" + sql, "executeQuery" + sql,
                "executeUpdate" + sql, "executeLargeUpdate" + sql, "addBatch(Ljava/lang/String;)",
                "execute()Z", "executeQuery()L" + RESULT_SET.replace('.', '/') + ";", "executeUpdate()I",
                "executeLargeUpdate()J", "executeBatch()[I", "executeLargeBatch()[J", "prepareStatement" + sql,
                "prepareCall" + sql));
    }

    @Override
    public List<AdviceRule> adviceRules() {
        ElementMatcher.Junction<MethodDescription> executeSql = concrete()
                .and(namedOneOf("execute", "executeQuery", "executeUpdate", "executeLargeUpdate"))
                .and(takesArgument(0, String.class));
        ElementMatcher.Junction<MethodDescription> addBatch = concrete().and(named("addBatch"))
                .and(takesArguments(String.class));
        ElementMatcher.Junction<MethodDescription> executePrepared = concrete().and(takesArguments(0))
                .and(named("execute").and(returns(boolean.class))
                        .or(named("executeQuery").and(returns(named(RESULT_SET))))
                        .or(named("executeUpdate").and(returns(int.class)))
                        .or(named("executeLargeUpdate").and(returns(long.class)))
                        .or(named("executeBatch").and(returns(int[].class)))
                        .or(named("executeLargeBatch").and(returns(long[].class))));
        ElementMatcher.Junction<MethodDescription> prepare = concrete()
                .and(namedOneOf("prepareStatement", "prepareCall"))
                .and(takesArgument(0, String.class));
        return List.of(
                AdviceRule.forTypes(not(isInterface()).and(declaresMethod(executeSql.or(addBatch).or(executePrepared)))
                        .and(hasSuperType(named(STATEMENT)).or(declaresMethod(returns(named(RESULT_SET))))))
                        .advice(executeSql, ExecuteSqlAdvice.class)
                        .advice(addBatch, AddBatchAdvice.class)
                        .advice(executePrepared, ExecutePreparedAdvice.class),
                AdviceRule.forTypes(not(isInterface()).and(declaresMethod(prepare)).and(hasSuperType(named(CONNECTION))
                        .or(declaresMethod(returns(named(PREPARED_STATEMENT))))))
                        .advice(prepare, PrepareAdvice.class));
    }

    private static ElementMatcher.Junction<MethodDescription> concrete() {
        return isPublic().and(not(isAbstract()));
    }
}
