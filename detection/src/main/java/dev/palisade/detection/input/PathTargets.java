package dev.palisade.detection.input;

/**
 * Well-known sensitive files and directories as segment sequences: {@code etc/passwd},
 * {@code proc/self/environ}, {@code windows/win.ini}, {@code boot.ini}, {@code .ssh/id_rsa},
 * {@code .aws/credentials} and the like, and a Java web application's own: {@code WEB-INF/web.xml},
 * {@code WEB-INF/classes/...}, {@code META-INF/context.xml}, {@code tomcat-users.xml}. (Spring's
 * {@code application.properties} is left out: source-browsing tools pass it as an ordinary path.)
 * What an attacker reads after a traversal; a target set of the grammar, the way a shell knows its commands.
 */
final class PathTargets {
    private PathTargets() {
    }

    /** Files under {@code etc/} worth stealing even on a relative path. */
    private static final WordTable ETC_FILES = WordTable.of(1, "passwd", "shadow", "group", "gshadow", "hosts",
        "issue", "motd", "master.passwd", "sudoers", "crontab", "fstab", "resolv.conf", "hostname", "networks",
        "services", "profile", "environment", "inittab", "login.defs", "subuid", "subgid", "security", "mtab",
        "httpd", "apache", "apache2", "nginx", "mysql", "php.ini", "my.cnf", "ssh", "ssl", "shells", "exports",
        "netconfig", "inetd.conf", "syslog.conf", "passwd-", "shadow-", "lsb-release", "os-release", "release",
        "redhat-release", "debian_version", "aliases", "ftpusers", "sysconfig", "init.d", "rc.d", "logrotate.d",
        "hosts.allow", "hosts.deny", "php.d", "php5", "php7", "cron.d", "apt", "yum.conf", "named.conf",
        "krb5.conf", "ldap.conf", "nsswitch.conf", "vsftpd.conf", "proftpd.conf", "smb.conf", "samba",
        "openvpn", "wpa_supplicant", "machine-id", "timezone", "localtime", "bashrc", "skel", "default",
        "ftphosts", "x11", "pam.d", "sysctl.conf", "modules", "ld.so.conf", "host.conf", "hostname.hme0");
    /** Files that are sensitive wherever they appear as the last segment of a path. */
    private static final WordTable SENSITIVE_FILES = WordTable.of(1, "boot.ini", "win.ini", "system.ini",
        "ntuser.dat", "web.config", "machine.config", "applicationhost.config", ".htaccess", ".htpasswd",
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "authorized_keys", "known_hosts", ".bash_history",
        ".zsh_history", ".mysql_history", ".psql_history", ".netrc", ".pgpass", ".git-credentials",
        "wp-config.php", "httpd.conf", "apache2.conf", "php.ini", "my.cnf", "my.ini", "autoexec.bat",
        "config.sys", "pagefile.sys", "hiberfil.sys", "unattend.xml", "sysprep.inf", "sam", "security.sav",
        "environ", "cmdline", ".bashrc", ".profile", ".docker", ".kube", "credentials", "passwd", "shadow",
        "access_log", "error_log", "access.log", "error.log", "master.passwd", "config.inc.php",
        "localsettings.php", "settings.php", "database.yml", "secrets.yml", ".env", "tomcat-users.xml");
    /** Entries of /proc worth reading. */
    private static final WordTable PROC_ENTRIES = WordTable.of(1, "self", "version", "cmdline", "environ",
        "mounts", "cpuinfo", "meminfo", "net", "sys", "interrupts", "kcore", "sched_debug", "modules", "stat",
        "partitions", "filesystems", "kallsyms", "thread-self", "config.gz", "devices", "uptime", "loadavg");
    private static final WordTable SYS_ENTRIES = WordTable.of(1, "class", "kernel", "devices", "firmware",
        "power", "module", "block", "bus", "fs", "hypervisor");
    private static final WordTable WINDOWS_ENTRIES = WordTable.of(1, "system32", "syswow64", "win.ini",
        "system.ini", "repair", "debug", "panther", "system", "explorer.exe", "php.ini", "temp", "tasks",
        "inf", "logs", "minidump", "prefetch");

    /**
     * If a sensitive target starts at segment {@code i} of {@code p}, the index of its last segment;
     * else -1.
     */
    static int match(PathSegments p, int i) {
        String s = p.s;
        int from = p.start[i];
        int to = p.end[i];
        boolean next = p.joined(i + 1);
        if (p.is(i, "etc") && next && ETC_FILES.contains(s, p.start[i + 1], p.end[i + 1])) {
            return i + 1;
        }
        if (p.is(i, "proc") && next && (PROC_ENTRIES.contains(s, p.start[i + 1], p.end[i + 1]) || isDigits(p, i + 1))) {
            return i + 1;
        }
        if (p.is(i, "sys") && next && SYS_ENTRIES.contains(s, p.start[i + 1], p.end[i + 1])) {
            return i + 1;
        }
        if ((p.is(i, "windows") || p.is(i, "winnt")) && next
                && WINDOWS_ENTRIES.contains(s, p.start[i + 1], p.end[i + 1])) {
            return i + 1;
        }
        if (p.is(i, "system32") && next && (p.is(i + 1, "config") || p.is(i + 1, "drivers") || p.is(i + 1, "inetsrv")
                || p.is(i + 1, "cmd.exe") || p.is(i + 1, "logfiles"))) {
            return i + 1;
        }
        if (p.is(i, "var") && next && (p.is(i + 1, "log") || p.is(i + 1, "lib") || p.is(i + 1, "spool")
                || p.is(i + 1, "mail") || p.is(i + 1, "adm") || p.is(i + 1, "backups"))) {
            return i + 1;
        }
        // A servlet container never serves these two directories; only a file-reading parameter reaches them.
        if (p.is(i, "web-inf") && next) {
            return i + 1;
        }
        if (p.is(i, "meta-inf") && next && (p.is(i + 1, "context.xml") || p.is(i + 1, "maven")
                || p.is(i + 1, "manifest.mf"))) {
            return i + 1;
        }
        if ((p.is(i, ".ssh") || p.is(i, ".aws") || p.is(i, ".git") || p.is(i, ".svn") || p.is(i, ".gnupg")) && next) {
            return i + 1;
        }
        if (p.is(i, "inetpub") || p.is(i, "wwwroot") && next) {
            return i;
        }
        if (SENSITIVE_FILES.contains(s, from, to) && !p.joined(i + 1)) {
            return i;
        }
        return -1;
    }

    /** Whether a target found alone (no traversal, no absolute root) is strong enough to report. */
    static boolean strongAlone(PathSegments p, int first, int last) {
        if (last > first) {
            return true;
        }
        return p.is(first, "boot.ini") || p.is(first, "win.ini") || p.is(first, "system.ini") || p.is(first, ".htpasswd")
                || p.is(first, "id_rsa") || p.is(first, "ntuser.dat") || p.is(first, "wp-config.php");
    }

    private static boolean isDigits(PathSegments p, int i) {
        for (int k = p.start[i]; k < p.end[i]; k++) {
            if (!Character.isDigit(p.s.charAt(k))) {
                return false;
            }
        }
        return p.length(i) > 0;
    }
}
