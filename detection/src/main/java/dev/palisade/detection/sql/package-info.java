/**
 * SQL injection detection at the JDBC sink.
 *
 * <p>The agent hands {@link dev.palisade.detection.sql.SqlInjectionCheck} the SQL text a driver is
 * about to run, the connection's {@link dev.palisade.detection.sql.SqlDialect} and the request's
 * inputs. The check looks for every occurrence of every input in the SQL and asks the dialect-aware
 * {@link dev.palisade.detection.sql.SqlTokenizer} whether that occurrence stayed inside one literal
 * or identifier, or whether it turned into SQL syntax. The rules, with examples, are in
 * the README (section "SQL injection at the JDBC sink") and on {@link dev.palisade.detection.sql.SqlInjectionCheck}.
 *
 * <p>Plain Java, no dependencies: the package is loaded inside the agent and must not drag
 * libraries into the host application.
 */
package dev.palisade.detection.sql;
