package dev.palisade.detection.input;

/**
 * Command names the command injection grammar recognizes in command position, by how telling they
 * are: names no English sentence uses ({@code whoami}, {@code wget}), names that are also words
 * ({@code cat}, {@code find}, {@code time}) and so need shell-shaped arguments, prefix commands that
 * run the next word ({@code nohup}, {@code sudo}), shells, and Windows {@code cmd.exe} built-ins. It
 * is the grammar's idea of a "command word", not a list of attack strings.
 */
final class ShellVocabulary {
    private ShellVocabulary() {
    }

    /** Not an English word: in command position it is a command. */
    static final int DISTINCT = 1;
    /** Also an English word: needs an option, a path, a URL or a redirect to count. */
    static final int WORDLIKE = 2;
    /** Runs the next word as a command ({@code time}, {@code nohup}, {@code sudo}, {@code xargs}). */
    static final int PREFIX = 4;
    /** An interpreter that runs code given with {@code -c}/{@code -e}/{@code /c}. */
    static final int SHELL = 8;
    /**
     * A program name that means nothing outside a shell and names no language or product people type
     * alone ({@code visudo}, {@code ansible-vault}, {@code cscli}): as the whole value, with or without
     * plain arguments, it is a command line. Compound names ({@code chef-shell}) are the typical case.
     */
    static final int UNMISTAKABLE = 16;

    private static final WordTable COMMANDS;

    static {
        String[] distinct = {"id", "whoami", "uname", "ifconfig", "ipconfig", "netstat", "wget", "curl", "nc",
            "ncat", "netcat", "telnet", "nslookup", "ls", "pwd", "chmod", "chown", "chgrp", "passwd",
            "useradd", "adduser", "usermod", "userdel", "certutil", "bitsadmin", "mshta", "regsvr32",
            "rundll32", "wmic", "cscript", "wscript", "systeminfo", "tasklist", "taskkill", "hostname",
            "nmap", "ssh", "scp", "sftp", "ftp", "tftp", "base64", "base32", "xxd", "gcc", "c89", "c99",
            "g++", "clang", "crontab", "nohup", "strace", "ltrace", "busybox", "getent", "lsof", "pkill",
            "killall", "printf", "iptables", "systemctl", "mkfifo", "rm", "mv", "cp", "dd", "bsdtar",
            "unzip", "gzip", "gunzip", "zcat", "zstdcat", "xz", "unxz", "bzip2", "openssl", "awk", "gawk",
            "grep", "egrep", "xargs", "vim", "socat", "uniq", "chattr", "lsattr", "ln", "mknod", "umount",
            "poweroff", "pstree", "traceroute", "tracert", "arp", "whois", "usleep", "md5sum", "sha1sum",
            "sha256sum", "hexdump", "readelf", "objdump", "ldd", "visudo", "sudoedit", "doas", "pkexec",
            "lastlog", "lastlogin", "uptime", "dmesg", "env", "printenv", "sysctl", "modprobe", "insmod",
            "lsmod", "rmmod", "cpulimit", "flock", "timeout", "perl", "python", "python2", "python3", "php",
            "nodejs", "tclsh", "irb", "jrunscript", "gdb", "rmt", "uconv", "zsh", "ksh", "csh", "tcsh", "sh",
            "powershell", "pwsh", "cmd", "cmd.exe", "powershell.exe", "regedit", "schtasks", "net1",
            "nltest", "dsquery", "vssadmin", "wevtutil", "icacls", "cacls", "attrib", "xcopy", "robocopy",
            "findstr", "bcdboot", "bcdedit", "diskpart", "format.com", "iex", "iwr", "irm", "iwmi",
            "invoke-webrequest", "invoke-expression", "invoke-restmethod", "invoke-wmimethod",
            "start-process", "new-object", "get-content", "set-content", "get-childitem", "downloadstring",
            "downloadfile", "aptitude", "apt-get", "dnf", "apk", "pip3", "pipx", "npm", "chroot", "unshare",
            "nsenter", "setsid", "htop", "sudo", "ansible", "ansible-playbook", "chef-client", "cscli", "ll",
            "nproc", "lscpu", "updatedb", "pgrep", "renice", "ionice", "netsh", "sysinfo", "taskset",
            "chpasswd", "newgrp", "ansible-config", "ansible-console", "ansible-doc", "ansible-galaxy",
            "ansible-inventory", "ansible-pull", "ansible-vault", "ansible-test", "chef-apply", "chef-run", "chef-shell",
            "chef-solo", "chef-vault", "knife", "salt-call", "ssh-copy-id", "ssh-keygen", "ssh-keyscan", "ssh-add",
            "aa-disable", "aa-complain", "aa-enforce", "aa-teardown", "aa-status", "rmt-tar", "rmt-dump",
            "update-rc.d", "zstd", "unzstd", "sqlite3", "kubectl", "crictl"};
        String[] wordlike = {"cat", "find", "head", "tail", "more", "less", "date", "kill", "sort", "file", "set",
            "type", "echo", "test", "read", "make", "dir", "net", "at", "watch", "wall", "write", "who",
            "last", "top", "free", "mail", "yes", "link", "join", "split", "look", "print", "copy", "move",
            "del", "erase", "ren", "rename", "start", "call", "help", "tree", "ver", "vol", "path", "title",
            "color", "mode", "label", "format", "alias", "trap", "source", "unset", "diff", "patch", "stat",
            "touch", "mkdir", "rmdir", "cd", "chdir", "pushd", "popd", "history", "jobs", "wait", "exit",
            "logout", "shift", "eval", "open", "run", "system", "shell", "finger", "users", "groups", "ed",
            "ex", "view", "expand", "paste", "script", "pr", "units", "factor", "which", "whereis", "seq",
            "shred", "install", "chef", "rc", "report", "perf", "pager", "dump", "nice", "dig", "cc", "su",
            "tee", "rev", "mount", "reboot", "shutdown", "halt", "ps", "ping", "ping6", "route", "ip", "ss",
            "sleep", "cut", "tr", "nl", "od", "ruby", "node", "java", "column", "comm", "fold", "bridge",
            "reg", "sc", "la", "tac", "locate", "groups", "export", "tar", "zip", "sed", "vi", "nano", "wc",
            "strings", "lua", "dash", "bash", "ash", "fish", "yum", "pip"};
        String[] prefixes = {"time", "nohup", "sudo", "exec", "env", "strace", "ltrace", "xargs", "timeout",
            "nice", "busybox", "command", "builtin", "watch", "then", "do", "else", "doas", "setsid", "stdbuf",
            "chroot", "unbuffer", "cpulimit", "flock", "!"};
        String[] shells = {"bash", "sh", "zsh", "ksh", "csh", "tcsh", "dash", "ash", "fish", "cmd", "cmd.exe",
            "powershell", "powershell.exe", "pwsh", "perl", "python", "python2", "python3", "ruby", "php", "node",
            "busybox"};
        String[] unmistakable = {"whoami", "ifconfig", "ipconfig", "systeminfo", "tasklist", "visudo", "sudoedit",
            "cscli", "useradd", "usermod", "userdel", "chpasswd", "apt-get", "ansible-config", "ansible-console",
            "ansible-doc", "ansible-galaxy", "ansible-inventory", "ansible-pull", "ansible-vault", "ansible-test",
            "ansible-playbook", "chef-apply", "chef-run", "chef-shell", "chef-solo", "chef-vault", "chef-client",
            "salt-call", "ssh-copy-id", "ssh-keygen", "ssh-keyscan", "ssh-add", "aa-disable", "aa-complain",
            "aa-enforce", "aa-teardown", "aa-status", "rmt-tar", "rmt-dump", "update-rc.d", "vssadmin", "wevtutil",
            "bcdedit", "bitsadmin", "certutil", "regsvr32", "rundll32", "netsh", "schtasks", "wmic"};
        String[] all = new String[distinct.length + wordlike.length + prefixes.length + shells.length
                + unmistakable.length];
        int[] values = new int[all.length];
        int k = 0;
        for (String w : distinct) {
            all[k] = w;
            values[k++] = DISTINCT;
        }
        for (String w : wordlike) {
            all[k] = w;
            values[k++] = WORDLIKE;
        }
        for (String w : prefixes) {
            all[k] = w;
            values[k++] = PREFIX;
        }
        for (String w : shells) {
            all[k] = w;
            values[k++] = SHELL;
        }
        for (String w : unmistakable) {
            all[k] = w;
            values[k++] = UNMISTAKABLE | DISTINCT;
        }
        // Merge duplicates: a word may be both DISTINCT and a PREFIX (nohup), or a SHELL.
        java.util.Map<String, Integer> merged = new java.util.LinkedHashMap<>();
        for (int i = 0; i < all.length; i++) {
            merged.merge(all[i], values[i], (a, b) -> a | b);
        }
        String[] words = merged.keySet().toArray(new String[0]);
        int[] classes = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            classes[i] = merged.get(words[i]);
            if ((classes[i] & (DISTINCT | WORDLIKE)) == 0) {
                classes[i] |= WORDLIKE;
            }
        }
        COMMANDS = new WordTable(words, classes);
    }

    /**
     * Class bits of the command named {@code s[from, to)}, or 0 when it is not a command we know. A
     * version suffix is ignored ({@code python3.10}, {@code gcc7.4}).
     */
    static int classOf(CharSequence s, int from, int to) {
        int v = COMMANDS.get(s, from, to);
        if (v < 0) {
            int end = to;
            boolean digit = false;
            while (end > from && (Character.isDigit(s.charAt(end - 1)) || s.charAt(end - 1) == '.')) {
                digit |= Character.isDigit(s.charAt(end - 1));
                end--;
            }
            if (digit && end < to && end - from >= 2) {
                v = COMMANDS.get(s, from, end);
                if (v < 0 && end < to && Character.isDigit(s.charAt(end))) {
                    v = COMMANDS.get(s, from, end + 1);
                }
            }
        }
        return v < 0 ? 0 : v;
    }

    private static final WordTable PACKAGE_MANAGERS = WordTable.of(1, "pip", "pip3", "pipx", "npm", "pnpm", "yarn",
        "gem", "apt", "apt-get", "aptitude", "yum", "dnf", "zypper", "apk", "pacman", "brew", "cargo", "composer", "choco",
        "winget");
    private static final WordTable INSTALL_VERBS = WordTable.of(1, "install", "uninstall", "remove", "add", "-s", "-i");

    /** Whether {@code s[from, to)} names a package manager ({@code pip}, {@code apt-get}, {@code npm}). */
    static boolean isPackageManager(CharSequence s, int from, int to) {
        return PACKAGE_MANAGERS.contains(s, from, to);
    }

    /** Whether {@code s[from, to)} is a package manager's install/remove subcommand. */
    static boolean isInstallVerb(CharSequence s, int from, int to) {
        return INSTALL_VERBS.contains(s, from, to);
    }

    private static final WordTable SQLITE_DOT_COMMANDS = WordTable.of(1, "databases", "tables", "dump", "schema",
        "import", "output", "once", "load", "read", "fullschema", "dbinfo", "clone", "backup", "restore");

    /** Whether {@code s[from, to)} (after the dot) names a sqlite3 shell dot-command that reads or writes files. */
    static boolean isSqliteDotCommand(CharSequence s, int from, int to) {
        return SQLITE_DOT_COMMANDS.contains(s, from, to);
    }

    private static final WordTable NET_SUBCOMMANDS = WordTable.of(1, "user", "users", "view", "localgroup", "group",
        "share", "use", "start", "stop", "accounts", "session", "config", "time", "file");

    /** Whether {@code s[from, to)} is a subcommand of Windows {@code net} ({@code net user}, {@code net view}). */
    static boolean isNetSubcommand(CharSequence s, int from, int to) {
        return NET_SUBCOMMANDS.contains(s, from, to);
    }

    /** Absolute paths of common binaries and sensitive files, for matching shell globs such as {@code /???/??t}. */
    static final String[] GLOB_TARGETS = {
        "/bin/cat", "/bin/ls", "/bin/sh", "/bin/bash", "/bin/nc", "/bin/id", "/bin/uname", "/bin/ping",
        "/bin/echo", "/bin/rm", "/bin/dash", "/bin/zsh", "/bin/netcat", "/usr/bin/id", "/usr/bin/wget",
        "/usr/bin/curl", "/usr/bin/whoami", "/usr/bin/nc", "/usr/bin/python", "/usr/bin/python3",
        "/usr/bin/perl", "/usr/bin/uname", "/usr/bin/cat", "/usr/bin/env", "/usr/bin/base64", "/etc/passwd",
        "/etc/shadow", "/etc/hosts", "/etc/group", "/etc/issue", "/etc/hostname", "/proc/self/environ",
        "/sbin/ifconfig",
    };
}
