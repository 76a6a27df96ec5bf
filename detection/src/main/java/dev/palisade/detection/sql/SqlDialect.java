package dev.palisade.detection.sql;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The SQL dialect of a connection, which decides how {@link SqlTokenizer} reads quotes, comments and
 * placeholders.
 *
 * <p>The same text can mean different things: in MySQL {@code 'a\' OR 1=1 -- '} is one string, in
 * PostgreSQL it is a string followed by {@code OR 1=1} and a comment. Reading the SQL the way the
 * database will is what lets the injection check tell data from syntax. When the database is not
 * known, {@link #GENERIC} (ANSI SQL) is used.
 */
public enum SqlDialect implements Supplier<SqlDialect> {
    /** ANSI SQL: {@code 'x'} strings with {@code ''}, {@code "x"} identifiers, {@code --} and
     * non-nested block comments. Used for Derby, DB2 and anything unrecognised. */
    GENERIC(0),
    /** H2: ANSI plus {@code $$...$$} strings and (in MySQL mode) backtick identifiers. */
    H2(Features.BACKTICK_IDENTIFIERS | Features.DOLLAR_STRINGS),
    /** HSQLDB: ANSI. */
    HSQLDB(0),
    /** PostgreSQL: {@code $tag$...$tag$}, {@code E'\n'} and {@code U&'x'} strings, nested block
     * comments, {@code $1} placeholders, {@code ::} casts. */
    POSTGRESQL(Features.NESTED_COMMENTS | Features.DOLLAR_STRINGS | Features.DOLLAR_TAGS
            | Features.ESCAPE_STRINGS | Features.DOLLAR_PARAMETERS),
    /** MySQL and MariaDB (default SQL mode): backslash escapes, {@code "x"} strings, backtick
     * identifiers, {@code #} comments, {@code --} only before a space or control character, and
     * {@code /*!...*}{@code /} executable comments whose body is code. */
    MYSQL(Features.BACKSLASH_ESCAPES | Features.DOUBLE_QUOTED_STRINGS | Features.HASH_COMMENTS
            | Features.DASH_COMMENT_NEEDS_SPACE | Features.BACKTICK_IDENTIFIERS
            | Features.EXECUTABLE_COMMENTS),
    /** SQLite: {@code "x"}, backtick and {@code [x]} identifiers. */
    SQLITE(Features.BACKTICK_IDENTIFIERS | Features.BRACKET_IDENTIFIERS),
    /** Microsoft SQL Server (and Sybase via jTDS): {@code [x]} identifiers, nested block comments,
     * {@code #temp} names. */
    SQLSERVER(Features.BRACKET_IDENTIFIERS | Features.NESTED_COMMENTS | Features.HASH_IDENTIFIERS),
    /** Oracle: {@code q'[...]'} alternative quoting, {@code #} inside identifiers. */
    ORACLE(Features.Q_QUOTES | Features.HASH_INSIDE_IDENTIFIERS);

    /** JDBC URL prefixes of drivers that wrap another driver's URL. */
    private static final String[] WRAPPERS = {"p6spy:", "log4jdbc:", "tc:", "otel:", "aws-wrapper:"};

    private final int features;

    SqlDialect(int features) {
        this.features = features;
    }

    /**
     * The dialect of a JDBC URL such as {@code jdbc:postgresql://db/app}. Wrapping drivers
     * ({@code jdbc:p6spy:}, {@code jdbc:log4jdbc:}, Testcontainers' {@code jdbc:tc:}, {@code jdbc:otel:},
     * {@code jdbc:aws-wrapper:}) are unwrapped to the URL they wrap. Unknown or {@code null} URLs give
     * {@link #GENERIC}.
     */
    public static SqlDialect fromJdbcUrl(String url) {
        if (url == null) {
            return GENERIC;
        }
        String rest = url.trim().toLowerCase(Locale.ROOT);
        if (!rest.startsWith("jdbc:")) {
            return GENERIC;
        }
        rest = rest.substring("jdbc:".length());
        for (boolean unwrapped = true; unwrapped; ) {
            unwrapped = false;
            for (String wrapper : WRAPPERS) {
                if (rest.startsWith(wrapper)) {
                    rest = rest.substring(wrapper.length());
                    if (rest.startsWith("jdbc:")) {
                        rest = rest.substring("jdbc:".length());
                    }
                    unwrapped = true;
                }
            }
        }
        return fromSubprotocol(rest);
    }

    /**
     * The dialect named by {@code DatabaseMetaData.getDatabaseProductName()}: {@code "PostgreSQL"},
     * {@code "MySQL"}, {@code "MariaDB"}, {@code "H2"}, {@code "HSQL Database Engine"}, {@code "SQLite"},
     * {@code "Microsoft SQL Server"}, {@code "Oracle"}, ... Unknown or {@code null} names give
     * {@link #GENERIC}.
     */
    public static SqlDialect fromProductName(String productName) {
        if (productName == null) {
            return GENERIC;
        }
        String name = productName.trim().toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return H2;
        }
        if (name.startsWith("hsql")) {
            return HSQLDB;
        }
        if (name.contains("postgres") || name.contains("enterprisedb") || name.contains("redshift")) {
            return POSTGRESQL;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        if (name.contains("sqlite")) {
            return SQLITE;
        }
        if (name.contains("sql server") || name.contains("sqlserver") || name.startsWith("adaptive server")
                || name.startsWith("sybase")) {
            return SQLSERVER;
        }
        if (name.startsWith("oracle")) {
            return ORACLE;
        }
        return GENERIC;
    }

    private static SqlDialect fromSubprotocol(String rest) {
        if (rest.startsWith("h2:")) {
            return H2;
        }
        if (rest.startsWith("hsqldb:")) {
            return HSQLDB;
        }
        if (rest.startsWith("postgresql:") || rest.startsWith("pgsql:") || rest.startsWith("redshift:")) {
            return POSTGRESQL;
        }
        if (rest.startsWith("mysql:") || rest.startsWith("mariadb:")) {
            return MYSQL;
        }
        if (rest.startsWith("sqlite:")) {
            return SQLITE;
        }
        if (rest.startsWith("sqlserver:") || rest.startsWith("jtds:") || rest.startsWith("sybase:")) {
            return SQLSERVER;
        }
        if (rest.startsWith("oracle:")) {
            return ORACLE;
        }
        return GENERIC;
    }

    boolean backslashEscapes() {
        return has(Features.BACKSLASH_ESCAPES);
    }

    boolean doubleQuotedStrings() {
        return has(Features.DOUBLE_QUOTED_STRINGS);
    }

    boolean hashComments() {
        return has(Features.HASH_COMMENTS);
    }

    boolean dashCommentNeedsSpace() {
        return has(Features.DASH_COMMENT_NEEDS_SPACE);
    }

    boolean backtickIdentifiers() {
        return has(Features.BACKTICK_IDENTIFIERS);
    }

    boolean bracketIdentifiers() {
        return has(Features.BRACKET_IDENTIFIERS);
    }

    boolean nestedComments() {
        return has(Features.NESTED_COMMENTS);
    }

    boolean executableComments() {
        return has(Features.EXECUTABLE_COMMENTS);
    }

    /** {@code $$...$$}; with {@link #dollarTags()} also {@code $tag$...$tag$}. */
    boolean dollarStrings() {
        return has(Features.DOLLAR_STRINGS);
    }

    boolean dollarTags() {
        return has(Features.DOLLAR_TAGS);
    }

    boolean escapeStrings() {
        return has(Features.ESCAPE_STRINGS);
    }

    boolean dollarParameters() {
        return has(Features.DOLLAR_PARAMETERS);
    }

    boolean qQuotes() {
        return has(Features.Q_QUOTES);
    }

    /** {@code #temp} and {@code ##global} table names (SQL Server). */
    boolean hashIdentifiers() {
        return has(Features.HASH_IDENTIFIERS);
    }

    /** {@code #} allowed after the first character of a name (SQL Server, Oracle). */
    boolean hashInsideIdentifiers() {
        return has(Features.HASH_INSIDE_IDENTIFIERS) || has(Features.HASH_IDENTIFIERS);
    }

    private boolean has(int feature) {
        return (features & feature) != 0;
    }

    /** Lexical features as bits; an enum constructor cannot read the enum's own static fields. */
    private static final class Features {
        static final int BACKSLASH_ESCAPES = 1;
        static final int DOUBLE_QUOTED_STRINGS = 1 << 1;
        static final int HASH_COMMENTS = 1 << 2;
        static final int DASH_COMMENT_NEEDS_SPACE = 1 << 3;
        static final int BACKTICK_IDENTIFIERS = 1 << 4;
        static final int BRACKET_IDENTIFIERS = 1 << 5;
        static final int NESTED_COMMENTS = 1 << 6;
        static final int EXECUTABLE_COMMENTS = 1 << 7;
        static final int DOLLAR_STRINGS = 1 << 8;
        static final int DOLLAR_TAGS = 1 << 9;
        static final int ESCAPE_STRINGS = 1 << 10;
        static final int DOLLAR_PARAMETERS = 1 << 11;
        static final int Q_QUOTES = 1 << 12;
        static final int HASH_IDENTIFIERS = 1 << 13;
        static final int HASH_INSIDE_IDENTIFIERS = 1 << 14;
    }

    /**
     * This dialect: a known dialect is its own (allocation-free) supplier for
     * {@link SqlInjectionCheck#check(String, Supplier, java.util.List, boolean)}.
     */
    @Override
    public SqlDialect get() {
        return this;
    }
}
