package dev.palisade.detection.input;

/**
 * Names of database system catalogs, system schemas and dangerous built-in procedures and packages, as
 * the databases' own manuals list them: MySQL ({@code information_schema}, the {@code mysql} grant
 * tables), PostgreSQL ({@code pg_catalog} and its system views, server file and delay functions), SQL
 * Server (the system databases, the compatibility views, extended and system stored procedures, ad hoc
 * remote access), Oracle (supplied {@code DBMS_} and {@code UTL_} packages, data dictionary views,
 * dynamic performance views), DB2 (the {@code SYSIBM}/{@code SYSCAT} catalog), SQLite (the schema table)
 * and Access (the {@code MSys} tables).
 *
 * <p>A whole request value that is one of these names is a probe: enumeration lists send
 * {@code information_schema} or {@code xp_cmdshell} alone to find out whether a filter knows it, and no
 * form field holds it. Everyday words that SQL also uses ({@code master}, {@code user}, {@code dual},
 * {@code mysql}) are left out unless qualified the catalog way ({@code mysql.user}, {@code master..x}).
 */
final class SqlSystemNames {
    private SqlSystemNames() {
    }

    /** The longest dotted path looked at ({@code master.dbo.fn_xe_file_target_read_file} fits). */
    private static final int MAX_PATH = 64;

    /** Names that are system objects on their own. */
    private static final WordTable STANDALONE = WordTable.of(1,
            // MySQL: system schemas; UDF and file functions.
            "information_schema", "performance_schema", "load_file", "sys_eval", "sys_exec",
            // PostgreSQL: system catalog schema and views; server file, delay and large-object functions.
            "pg_catalog", "pg_shadow", "pg_authid", "pg_user", "pg_roles", "pg_group", "pg_database",
            "pg_namespace", "pg_class", "pg_tables", "pg_proc", "pg_attribute", "pg_settings", "pg_stat_activity",
            "pg_hba_file_rules", "pg_largeobject", "pg_user_mappings", "pg_sleep", "pg_sleep_for", "pg_sleep_until",
            "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "lo_import", "lo_export",
            "lo_from_bytea", "dblink_exec",
            // SQL Server: system databases, compatibility views, extended and system stored procedures,
            // ad hoc remote data access, trace and audit file readers.
            "msdb", "tempdb", "sysobjects", "syscolumns", "sysdatabases", "syslogins", "sysusers", "sysprocesses",
            "sysservers", "sysxlogins", "syscomments", "systypes", "sysfiles", "xp_cmdshell", "xp_dirtree",
            "xp_regread", "xp_regwrite", "xp_regdeletekey", "xp_regdeletevalue", "xp_regenumvalues",
            "xp_instance_regread", "xp_fileexist", "xp_fixeddrives", "xp_subdirs", "xp_servicecontrol",
            "xp_availablemedia", "xp_loginconfig", "xp_logininfo", "xp_enumgroups", "xp_ntsec_enumdomains",
            "xp_terminate_process", "xp_msver", "xp_makewebtask", "xp_sendmail", "xp_startmail", "xp_readmail",
            "xp_getnetname", "xp_enumdsn", "xp_execresultset", "xp_grantlogin", "sp_executesql", "sp_password",
            "sp_addlogin", "sp_droplogin", "sp_addsrvrolemember", "sp_addrolemember", "sp_configure",
            "sp_oacreate", "sp_oamethod", "sp_oagetproperty", "sp_oadestroy", "sp_makewebtask",
            "sp_addextendedproc", "sp_dropextendedproc", "sp_addlinkedserver", "sp_addlinkedsrvlogin",
            "sp_linkedservers", "sp_start_job", "sp_add_job", "sp_add_jobstep", "sp_execute_external_script",
            "sp_send_dbmail", "sp_helplogins", "sp_helprotect", "sp_msforeachtable", "sp_msforeachdb",
            "openrowset", "opendatasource", "openquery", "fn_xe_file_target_read_file", "fn_get_audit_file",
            "fn_trace_gettable",
            // Oracle: data dictionary views naming other schemas' objects and privileges; file locator.
            "all_tables", "all_tab_columns", "all_views", "all_db_links", "dba_users", "dba_tables",
            "dba_tab_columns", "dba_objects", "dba_role_privs", "dba_sys_privs", "user_tab_columns",
            "user_role_privs", "user_sys_privs", "session_privs", "session_roles", "bfilename", "ctxsys",
            // DB2: catalog schemas and the one-row table.
            "sysibm", "syscat", "sysstat", "sysibmadm", "sysdummy1",
            // SQLite: the schema table and its companions; extension loading.
            "sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema", "sqlite_sequence",
            "sqlite_stat1", "load_extension",
            // Access: system tables.
            "msysobjects", "msysaccessobjects", "msysaces", "msysqueries", "msysrelationships",
            "msysaccessstorage", "msysaccessxml", "msysnavpanegroups", "msysnamemap", "msysimexspecs",
            "msysimexcolumns", "msysresources", "msyscomplexcolumns");

    /** System tables named through a schema whose own name is an everyday word. */
    private static final WordTable QUALIFIED = WordTable.of(1,
            // MySQL grant and log tables.
            "mysql.user", "mysql.db", "mysql.tables_priv", "mysql.columns_priv", "mysql.procs_priv",
            "mysql.proxies_priv", "mysql.global_grants", "mysql.role_edges", "mysql.default_roles", "mysql.proc",
            "mysql.func", "mysql.host", "mysql.plugin", "mysql.servers", "mysql.general_log", "mysql.slow_log",
            "mysql.innodb_table_stats", "mysql.innodb_index_stats",
            // SQL Server catalog views.
            "sys.objects", "sys.tables", "sys.columns", "sys.databases", "sys.sql_logins", "sys.server_principals",
            "sys.database_principals", "sys.schemas", "sys.procedures", "sys.configurations", "sys.syslogins",
            "sys.sysobjects", "sys.dm_exec_sessions", "sys.dm_exec_connections", "sys.sql_modules",
            // Oracle's own schema.
            "sys.user$", "sys.dba_users", "sys.all_tables");

    /**
     * Whether {@code s}, raw or normalized, is one system name or a dotted path with one in it
     * ({@code master..sysdatabases}, {@code sysibm.sysdummy1}). Letters are compared without case. A
     * value with anything but name characters and dots is no name, and is left at its first such char.
     */
    static boolean isSystemName(CharSequence s) {
        return isSystemName(s, 0, s.length());
    }

    /** {@link #isSystemName(CharSequence)} of {@code s[from, n)}. */
    static boolean isSystemName(CharSequence s, int from, int n) {
        if (n - from > MAX_PATH) {
            return false; // a session id or a hash: rejected before it is scanned
        }
        int partStart = from;
        int dots = 0;
        for (int i = from; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '.';
            if (c == '.') {
                if (i > partStart && isStandalone(s, partStart, i)) {
                    return true;
                }
                if (i < n && ++dots > 3) {
                    return false;
                }
                partStart = i + 1;
            } else if (!isNameChar(c)) {
                return false;
            }
        }
        return dots > 0 && QUALIFIED.containsIgnoreCase(s, from, n);
    }

    private static boolean isStandalone(CharSequence s, int from, int to) {
        if (STANDALONE.containsIgnoreCase(s, from, to)) {
            return true;
        }
        // Oracle-supplied packages (DBMS_LOCK, UTL_HTTP ...) and dynamic performance views (V$VERSION):
        // the manuals reserve these prefixes for the database's own objects.
        return hasPrefix(s, from, to, "dbms_") || hasPrefix(s, from, to, "utl_") || hasPrefix(s, from, to, "v$")
                || hasPrefix(s, from, to, "gv$");
    }

    private static boolean hasPrefix(CharSequence s, int from, int to, String prefix) {
        if (to - from <= prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = s.charAt(from + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$'
                || c == '#';
    }
}
