package dev.palisade.detection.input;

/**
 * The SQL vocabulary the tokenizer classifies words by, across the common dialects (MySQL, PostgreSQL,
 * SQL Server, Oracle, SQLite). Each word maps to a token kind and an id that rules test for. This is
 * grammar (what a word does in SQL), not a list of attack strings.
 */
final class SqlKeywords {
    private SqlKeywords() {
    }

    // Statement keywords.
    static final int SELECT = 1;
    static final int INSERT = 2;
    static final int UPDATE = 3;
    static final int DELETE = 4;
    static final int DROP = 5;
    static final int CREATE = 6;
    static final int ALTER = 7;
    static final int TRUNCATE = 8;
    static final int EXEC = 9;
    static final int DECLARE = 10;
    static final int SHUTDOWN = 11;
    static final int WAITFOR = 12;
    static final int REPLACE = 13;
    static final int GRANT = 14;
    static final int CALL = 15;
    static final int MERGE = 16;
    static final int REVOKE = 17;
    static final int RENAME = 18;
    static final int HANDLER = 19;
    // Clause keywords.
    static final int FROM = 30;
    static final int WHERE = 31;
    static final int GROUP = 32;
    static final int ORDER = 33;
    static final int BY = 34;
    static final int HAVING = 35;
    static final int LIMIT = 36;
    static final int OFFSET = 37;
    static final int INTO = 38;
    static final int VALUES = 39;
    static final int AS = 40;
    static final int ALL = 41;
    static final int DISTINCT = 42;
    static final int TOP = 43;
    static final int PROCEDURE = 44;
    static final int ANALYSE = 45;
    static final int OUTFILE = 46;
    static final int DELAY = 47;
    static final int TABLE = 48;
    static final int DATABASE = 49;
    static final int EXISTS = 50;
    static final int CASE = 51;
    static final int WHEN = 52;
    static final int THEN = 53;
    static final int ELSE = 54;
    static final int END = 55;
    static final int SET = 56;
    static final int COLLATE = 57;
    static final int ASC = 58;
    static final int DESC = 59;
    static final int FOR = 60;
    static final int BINARY = 61;
    static final int TIME = 62;
    static final int UNION = 63;
    static final int ON = 64;
    static final int JOIN = 65;
    static final int USING = 66;
    static final int IMMEDIATE = 67;
    static final int SCHEMA = 68;
    // Operators spelled as words.
    static final int AND = 80;
    static final int OR = 81;
    static final int XOR = 82;
    static final int NOT = 83;
    static final int LIKE = 84;
    static final int IS = 85;
    static final int IN = 86;
    static final int BETWEEN = 87;
    static final int REGEXP = 88;
    static final int SOUNDS = 89;
    static final int DIV = 90;
    static final int NULL = 91;
    static final int TRUE = 92;
    static final int FALSE = 93;
    static final int SIMILAR = 94;
    static final int NOTNULL = 95;
    static final int ESCAPE = 96;
    /** A system catalog or database name (information_schema, sysobjects, pg_catalog ...). */
    static final int SYSTEM_OBJECT = 100;
    /** A system value usable without parentheses (current_user ...). */
    static final int SYSTEM_VALUE = 101;

    /** Function name classes, kept in the low attribute bits of FUNCTION tokens. */
    static final int FUNCTION_SQL = 4;
    /** Time-delay, file, out-of-band and error-based functions: the payload of blind injection. */
    static final int FUNCTION_DANGEROUS = 8;
    /** A SQL function named by an everyday word (date, time, log): not counted as SQL by the expression rules. */
    static final int FUNCTION_WORD_NAMED = 16;

    private static final WordTable WORDS;
    private static final WordTable FUNCTIONS;
    /** Keywords that stay keywords before '(' (everything else followed by '(' is a function call). */
    private static final WordTable PAREN_KEYWORDS;

    static {
        String[][] entries = {
            {"E", "select:1", "insert:2", "update:3", "delete:4", "drop:5", "create:6", "alter:7", "truncate:8",
                "exec:9", "execute:9", "declare:10", "shutdown:11", "waitfor:12", "replace:13", "grant:14",
                "call:15", "merge:16", "revoke:17", "rename:18", "handler:19"},
            {"U", "union:63", "intersect:63", "except:63"},
            {"k", "from:30", "where:31", "group:32", "order:33", "by:34", "having:35", "limit:36", "offset:37",
                "into:38", "values:39", "as:40", "all:41", "distinct:42", "distinctrow:42", "top:43",
                "procedure:44", "analyse:45", "analyze:45", "outfile:46", "dumpfile:46", "delay:47", "table:48",
                "database:49", "exists:50", "case:51", "when:52", "then:53", "else:54", "end:55", "set:56",
                "collate:57", "asc:58", "desc:59", "for:60", "binary:61", "time:62", "on:64", "join:65",
                "using:66", "immediate:67", "schema:68", "any:41", "some:41"},
            {"&", "and:80", "or:81", "xor:82"},
            {"o", "not:83", "div:90", "mod:90"},
            {"=", "like:84", "rlike:84", "ilike:84", "glob:84", "is:85", "in:86", "between:87", "regexp:88",
                "sounds:89", "similar:94", "notnull:95", "isnull:95", "escape:96"},
            {"n", "null:91", "true:92", "false:93"},
            {"v", "current_user:101", "session_user:101", "system_user:101", "current_database:101"},
            {"w", "information_schema:100", "sysobjects:100", "syscolumns:100", "sysdatabases:100",
                "pg_catalog:100", "pg_shadow:100", "pg_user:100", "sqlite_master:100", "all_tables:100",
                "user_tables:100", "all_tab_columns:100", "dba_users:100", "mysql:100", "msysobjects:100",
                "msysaccessobjects:100", "dual:100", "master:100", "xp_cmdshell:100", "xp_dirtree:100",
                "sp_executesql:100", "sp_password:100", "utl_http:100", "utl_inaddr:100", "dbms_pipe:100",
                "sys:100"},
        };
        int total = 0;
        for (String[] group : entries) {
            total += group.length - 1;
        }
        String[] words = new String[total];
        int[] values = new int[total];
        int k = 0;
        for (String[] group : entries) {
            char kind = group[0].charAt(0);
            for (int i = 1; i < group.length; i++) {
                int colon = group[i].indexOf(':');
                words[k] = group[i].substring(0, colon);
                values[k] = kind | (Integer.parseInt(group[i].substring(colon + 1)) << 8);
                k++;
            }
        }
        WORDS = new WordTable(words, values);

        String[] dangerous = {"sleep", "benchmark", "pg_sleep", "pg_read_file", "pg_ls_dir", "lo_import",
            "lo_export", "lo_get", "load_file", "extractvalue", "updatexml", "xmltype", "receive_message",
            "get_host_address", "get_host_name", "sys_eval", "sys_exec", "xp_cmdshell", "xp_dirtree",
            "xp_regread", "xp_fileexist", "sp_executesql", "sp_oacreate", "openrowset", "opendatasource",
            "randomblob", "name_const", "sleep_until"};
        String[] sql = {"concat", "concat_ws", "group_concat", "string_agg", "listagg", "char", "chr", "nchar",
            "ascii", "ord", "unicode", "substring", "substr", "mid", "hex", "unhex", "bin", "md5", "sha1", "sha2",
            "version", "database", "user", "current_user", "schema", "db_name", "user_name", "suser_name",
            "host_name", "system_user", "session_user", "if", "iif", "ifnull", "isnull", "nullif", "coalesce",
            "cast", "convert", "count", "floor", "rand", "length", "len", "char_length", "lower", "upper", "lcase",
            "ucase", "trim", "ltrim", "rtrim", "reverse", "instr", "locate", "strcmp", "soundex", "lpad", "rpad",
            "conv", "pow", "power", "sin", "cos", "now", "sysdate", "curdate", "row_count", "last_insert_id",
            "found_rows", "json_extract", "json_search", "json_array", "json_object", "json_valid",
            "jsonb_pretty", "json_build_object", "to_char", "decode", "encode", "compress", "uncompress",
            "aes_encrypt", "aes_decrypt", "unistr", "starts_with", "object_id", "col_name", "is_srvrolemember",
            "fn_varbintohexstr", "serverproperty", "quote_ident", "pg_typeof", "inet_server_addr",
            "current_setting", "sqlite_version", "sqlite_compileoption_used", "sqlite_compileoption_get",
            "likelihood", "likely", "unlikely", "dbms_xmlgen", "utl_raw", "ctxsys", "find_in_set", "field",
            "ascii_general_ci", "row", "extract", "position", "overlay", "array", "generate_series",
            "collation", "charset", "coercibility", "crc32", "uuid", "to_base64", "from_base64", "octet_length",
            "bit_length", "export_set", "make_set", "elt", "exp", "insert", "replace", "repeat", "space", "char_length", "left", "right",
            "abs", "round", "ceil", "ceiling", "mod", "div", "greatest", "least", "min", "max", "sum", "avg",
            // Date and time functions (MySQL, PostgreSQL, SQL Server, Oracle, SQLite).
            "weekday", "dayname", "monthname", "date_format", "date_add", "date_sub", "datediff", "dateadd", "datepart",
            "getdate", "getutcdate", "sysdatetime", "str_to_date", "from_unixtime", "unix_timestamp",
            "timestampdiff", "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
            "utc_date", "utc_timestamp", "to_date", "to_timestamp", "to_number", "strftime", "julianday",
            "date_trunc", "date_part",
            // Numeric, string and control functions not listed above.
            "ln", "log10", "log2", "sqrt", "tan", "cot", "atan", "asin", "acos", "old_password", "character_length",
            "substring_index", "weight_string", "nvl", "nvl2", "regexp_replace", "regexp_substr", "regexp_like",
            "initcap", "replicate", "charindex", "patindex", "quotename",
            "string_to_array", "array_to_string", "array_agg", "to_hex", "stddev", "variance", "bit_and",
            "bit_or", "bit_xor",
            // JSON functions.
            "json_value", "json_query", "json_modify", "openjson", "isjson", "json_keys", "json_contains",
            "json_contains_path", "json_length", "json_type", "json_unquote", "json_set", "json_insert",
            "json_replace", "json_remove", "json_agg", "jsonb_agg", "row_to_json", "to_json", "to_jsonb",
            "json_each", "jsonb_each", "jsonb_set", "jsonb_build_object", "jsonb_path_query", "json_array_length",
            "jsonb_array_length", "json_object_keys", "jsonb_object_keys", "json_typeof", "jsonb_typeof"};
        // SQL functions whose names are everyday words: "time (in minutes)" is prose, so these count as
        // SQL only where nothing but the call's head is present.
        String[] wordNamed = {"date", "time", "datetime", "year", "month", "day", "hour", "minute", "second",
            "quarter", "week", "age", "log", "sign", "pi", "degrees", "radians", "truncate", "format", "default",
            "password", "translate", "stuff", "str", "std"};
        String[] fnWords = new String[dangerous.length + sql.length + wordNamed.length];
        int[] fnValues = new int[fnWords.length];
        for (int i = 0; i < sql.length; i++) {
            fnWords[i] = sql[i];
            fnValues[i] = FUNCTION_SQL;
        }
        for (int i = 0; i < dangerous.length; i++) {
            fnWords[sql.length + i] = dangerous[i];
            fnValues[sql.length + i] = FUNCTION_SQL | FUNCTION_DANGEROUS;
        }
        for (int i = 0; i < wordNamed.length; i++) {
            fnWords[sql.length + dangerous.length + i] = wordNamed[i];
            fnValues[sql.length + dangerous.length + i] = FUNCTION_WORD_NAMED;
        }
        FUNCTIONS = new WordTable(fnWords, fnValues);
        PAREN_KEYWORDS = WordTable.of(1, "select", "exec", "execute", "union", "intersect", "except", "values",
            "in", "exists", "from", "where", "and", "or", "xor", "not", "as", "on", "using", "into", "table", "like",
            "rlike", "regexp", "by", "then", "else", "when", "case", "distinct", "all", "any", "some", "is",
            "between", "over", "limit", "having", "set", "analyse", "analyze", "div", "mod", "glob", "ilike",
            "join", "top", "sounds", "escape", "immediate", "binary");
    }

    /** Packed kind and id of the word {@code text[from, to)}: {@code kind | id << 8}, or -1 for a plain word. */
    static int classify(CharSequence text, int from, int to) {
        return WORDS.get(text, from, to);
    }

    /** Function class bits of {@code text[from, to)} as a function name, 0 for an unknown name. */
    static int functionClass(CharSequence text, int from, int to) {
        int v = FUNCTIONS.get(text, from, to);
        return v < 0 ? 0 : v;
    }

    /** Whether the keyword {@code text[from, to)} stays a keyword before '('. */
    static boolean keepsKeywordBeforeParen(CharSequence text, int from, int to) {
        return PAREN_KEYWORDS.contains(text, from, to);
    }
}
