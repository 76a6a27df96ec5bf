package dev.palisade.detection.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlInjectionDetectorTest {
    private static Detection sqli(String value) {
        return Inspect.with(Category.SQLI, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "' OR '1'='1",
        "admin' --",
        "x' or 1=1#",
        "1 OR 1=1",
        "-1 UNION SELECT username, password FROM users--",
        "1' union all select null,null--",
        "1; DROP TABLE users",
        "'; exec master..xp_cmdshell 'dir'--",
        "1 AND SLEEP(5)",
        "1' AND (SELECT 1 FROM (SELECT SLEEP(5))x)--",
        "1 waitfor delay '0:0:5'--",
        "1' AND extractvalue(1, concat(0x7e, version()))--",
        "1 /*!50000union*/ /*!50000select*/ 1",
        "1 ORDER BY 3--",
        "') or ('a'='a",
        "\" or \"\"=\"",
        "1' and ascii(substring((select password from users limit 1),1,1))>64--",
        "%27%20OR%20%271%27%3D%271",
    })
    void detectsInjectionsThatChangeTheStatement(String value) {
        assertNotNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select your options",
        "Please select pair #1",
        "Mother or daughter",
        "10 or less",
        "1950 or 1960",
        "O'Reilly",
        "It's 5 o'clock; let's go home.",
        "Rock 'n' roll and blues",
        "\"Hello,\" she said -- and left.",
        "1<2 and 3>2",
        "john.doe@example.com",
        "https://example.com/search?q=union&page=2",
        "{\"name\":\"O'Brien\",\"tags\":[\"a\",\"b\"]}",
        "Terms & Conditions (updated 2024)",
        "DRESS WITH HAT 18';",
        "BOB'S OR ALICE'S",
        "The table was set; dinner was served",
        "I like having true friends",
        "update your profile",
    })
    void leavesOrdinaryTextAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @Test
    void ratesUnionSelectHigh() {
        Detection d = sqli("1 UNION SELECT 1,2,3");
        assertEquals(Confidence.HIGH, d.confidence());
        assertEquals("sqli.union_select", d.reason());
    }

    @Test
    void pointsTheEvidenceAtTheInjectedPart() {
        InspectionResult r = InputInspector.create(java.util.EnumSet.of(Category.SQLI)).inspect("42 union select 1");
        assertEquals("union select", r.evidence(r.detection(Category.SQLI)));
    }

    @Test
    void judgesAQuoteContextFromTheFirstQuote() {
        assertNotNull(sqli("abc' AND 1=1 AND 'x'='x"));
        assertNull(sqli("the 'quoted' word and 1 more"));
    }

    /**
     * MySQL reads a backslash inside a string literal as an escape, so {@code \'} does not close the
     * string the value sits in: {@code \'x' or '1'='1} breaks out after {@code x}. Read only the default
     * way (the first quote closes), the leading {@code \'} hid the breakout.
     */
    @Test
    void readsTheQuoteContextTheMySqlWayWhenABackslashPrecedesTheFirstQuote() {
        assertEquals("sqli.boolean_after_quote", sqli("\\'x' or '1'='1").reason());
        assertEquals(Confidence.HIGH, sqli("\\'x' or '1'='1").confidence());
        assertEquals("sqli.boolean_after_quote", sqli("\\\"x\" or \"1\"=\"1").reason());
        assertNotNull(sqli("\\'lol' or '1"));
        // Text with escaped apostrophes stays text in both readings.
        assertNull(sqli("O\\'Reilly"));
        assertNull(sqli("it\\'s fine, isn't it"));
        assertNull(sqli("C:\\Users\\bob's files"));
        assertEquals(3, SqlLexer.escapedClose("\\'x' or", '\''), "the escaped quote is skipped");
        assertEquals(-1, SqlLexer.escapedClose("only \\' escaped", '\''));
    }

    @Test
    void tokenizesTheThreeContexts() {
        assertEquals("n&n=n", SqlLexer.tokenize("1 or 1=1", (char) 0).fingerprint());
        assertEquals("s&s=s", SqlLexer.tokenize("x' or 'a'='a", '\'').fingerprint());
        assertNull(SqlLexer.tokenize("no quote here", '"'), "a value without the quote stays inside the string");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "substring(",
        "GROUP_CONCAT (",
        "date(\n",
        "json_value(",
    })
    void flagsAValueThatIsTheHeadOfASqlFunctionCall(String value) {
        Detection d = sqli(value);
        assertNotNull(d, Inspect.describe(Category.SQLI, value));
        assertEquals("sqli.function_call", d.reason());
        assertEquals(Confidence.LOW, d.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "makeOrder(customer,item)",
        "Time (in minutes)",
        "just in case (see below)",
        "Date (optional)",
        "log (see attached)",
    })
    void leavesCallLookAlikesAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN (7, 8, -9)", "in (", "values ('10.0.0.7', 'probe')", "VALUES (3, 'x')"})
    void flagsAValueThatIsAnInOrValuesList(String value) {
        Detection d = sqli(value);
        assertNotNull(d, Inspect.describe(Category.SQLI, value));
        assertEquals("sqli.value_list", d.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"in (two weeks)", "in (see notes) later", "values (honesty, courage)"})
    void leavesParenthesizedProseAfterInAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'7'::int",
        "version()::text",
        "x=current_user::varchar",
        "OR '{\"k\":1}' @> '{\"k\":1}'",
        "'[3,4]' ?| array['3']",
        "'{\"a\":{\"b\":1}}' #>> '{a,b}'",
        "'[1,2]' -> 0",
    })
    void flagsPostgresCastsAndJsonOperators(String value) {
        Detection d = sqli(value);
        assertNotNull(d, Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "std::string name",
        "fe80::1",
        "Note::text",
        "see '{\"a\":1}' for the format",
    })
    void leavesCastAndJsonLookAlikesAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password[$gt]", "[$nin]x", "{\"$where\": \"this.a > 1\"}", "$regex", "$elemMatch"})
    void flagsMongoQueryOperators(String value) {
        Detection d = sqli(value);
        assertNotNull(d, Inspect.describe(Category.SQLI, value));
        assertEquals("sqli.nosql_operator", d.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"$existingAccount", "$nearby", "price $10 or less", "$type", "total $and more",
        "{\"$schema\": \"x\"}"})
    void leavesDollarWordsThatAreNotMongoOperatorsAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @Test
    void readsTypographicQuotesAsTheAsciiQuotesALegacyCodePageMakesOfThem() {
        assertNotNull(sqli("bob\u2019 or 2=2 --"));
        assertNotNull(sqli("\u201cx\u201d or \u201cy\u201d=\u201cy"));
        assertNull(sqli("Don\u2019t stop \u2018til you get enough"));
    }

    @Test
    void inspectsXmlAttributeValuesAndTextOnTheirOwn() {
        assertNotNull(sqli("<?xml version=\"1.0\"?><order><item id=\"7' or 'q'='q\"/></order>"));
        assertNotNull(sqli("<req><name>x' or 2=2--</name></req>"));
        assertNull(sqli("<?xml version=\"1.0\"?><note lang=\"en\"><body>Don't forget me (or my cat)</body></note>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jane.doe@example.org';",
        "42\";",
        "bob'/* x */;",
        "x';DELETE everything",
        "carol' and title notnull--",
        "7' or ?--",
        "dave' is not null #",
        "guest' or id = any (select id)--",
        "q'||dbms_pipe.receive_message",
        "zed' or",
    })
    void flagsProbesThatCloseTheStringAndTheStatement(String value) {
        assertNotNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He said 'stop';",
        "it's 5'; fine",
        "Pick a color (select one)",
        "Jones' and master",
        "what? or ?",
        "Rock 'n' roll or",
    })
    void leavesQuotedProseEndingInPunctuationAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UN/**/ION SEL/**/ECT 1",
        "de/*x*/lete from t",
        "SELECT/**/name/**/FROM/**/accounts",
        "TRUNCATE/*z*/logs",
    })
    void flagsCommentsThatSplitKeywordsOrStandInForSpaces(String value) {
        assertNotNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"int/*unused*/count", "a/*b*/c", "see /* note */ below"})
    void leavesOrdinaryBlockCommentsAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "drop audit_log;--",
        "ALTER accounts --",
        "group by",
        "WHERE 7=",
        "from orders_2024 order by total",
        "FROM `t` GROUP BY `k`",
    })
    void flagsCutClausesAndTerminatedBareStatements(String value) {
        assertNotNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"drop it", "from home order by phone", "order by date, please", "where 5 is"})
    void leavesClauseWordsInProseAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @Test
    void decodesHexLiteralsThatSpellAStatement() {
        // "select @@version" in ASCII, "drop table" in UTF-16LE.
        Detection ascii = sqli("0x73656c65637420404076657273696f6e");
        assertNotNull(ascii);
        assertEquals("sqli.encoded_statement", ascii.reason());
        assertNotNull(sqli("0x640072006f00700020007400610062006c006500"));
        assertNull(sqli("0x52ab3fe9c0d5a6b7c8d9e0f1a2b3c4d5e6f70812"), "an address is random bytes");
        assertNull(sqli("0x48656c6c6f20776f726c64"), "hex that spells prose is not a statement");
    }

    @Test
    void readsABacktickQuotedIdentifierAsAContext() {
        assertNotNull(sqli("name`>3"));
        assertNotNull(sqli("col`;"));
        assertNull(sqli("run `make test` first"));
        assertNull(sqli("`code`"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"substr&&(", "ascii\\(", "month]=(", "lower ||("})
    void flagsAFunctionNameWithSymbolsBeforeItsParenthesis(String value) {
        Detection d = sqli(value);
        assertNotNull(d, Inspect.describe(Category.SQLI, value));
        assertEquals(Confidence.LOW, d.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date: (", "time to go (", "lower case (", "day & night (see map)"})
    void leavesLabelsBeforeAParenthesisAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select benchmark",
        ") WHEN 5 THEN",
        "99 as \"total\" from",
        "name` AS `n` FROM",
        "from `pg_catalog`",
    })
    void flagsSelectListAndCaseFragments(String value) {
        assertNotNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"select sleep mode", "(when ready) then go", "10 as well from", "from `readme`"})
    void leavesSelectListLookAlikesAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v',null) and sleep(1) #", "k'),NULL,NULL) x", "m' or '' '", ");--", "w'/**/-1--"})
    void flagsTupleBreakoutsAdjacentStringsAndBareTerminators(String value) {
        assertNotNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tom',2) was late", "Ann', 3)", "; -- see the docs for more", "it's/* odd */ fine"})
    void leavesTupleAndTerminatorLookAlikesAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @Test
    void flagsAWholeQueryWhoseWhereClauseIsSql() {
        assertNotNull(sqli("select email from members where id=length('x')"));
        assertNull(sqli("select one from the list where it fits"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'UNION x", "\" drop q", "'select/"})
    void flagsAnOpeningQuoteFollowedByAStatementKeywordAsALowProbe(String value) {
        Detection d = sqli(value);
        assertNotNull(d, Inspect.describe(Category.SQLI, value));
        assertEquals(Confidence.LOW, d.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'Union Jack'", "\"Select All\" button", "'Create account", "'Call me maybe"})
    void leavesQuotedTitlesStartingWithAKeywordAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"information_schema", "InFoRmaTioN_ScHemA", "pg_catalog", "mysql.user", "mysql.db",
        "sysibm.sysdummy1", "SYSIBM", "xp_cmdshell", "xp_dirtree", "XP_REGREAD", "sp_executesql", "sp_password",
        "OPENROWSET", "opendatasource", "UTL_HTTP", "utl_inaddr", "dbms_pipe", "DBMS_LOCK", "msdb", "tempdb",
        "master..sysdatabases", "master.dbo.sysobjects", "MSysAccessObjects", "pg_sleep", "sqlite_master",
        "v$version", "sys.user$", "<?xml version=\"1.0\"?><root><a probe=\"pg_catalog\"></a></root>"})
    void flagsAWholeValueNamingASystemCatalogOrDangerousBuiltInAsALowProbe(String value) {
        Detection d = sqli(value);
        assertNotNull(d, Inspect.describe(Category.SQLI, value));
        assertEquals(Confidence.LOW, d.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"update", "delete", "select", "order", "desc", "asc", "limit", "like", "user", "admin",
        "users", "master", "mysql", "dual", "sys", "mysql.com", "sys.example.org", "user_name", "all_users",
        "dbms_", "utl", "sp_", "xp", "sleep", "benchmark", "schema_name", "varchar", "my_information_schema_copy"})
    void leavesOrdinaryWordsAndLookAlikeNamesAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"' grant connect to name; grant resource to name; --", "1or1=1", "exec xp", "exec sp",
        "' or (EXISTS)", " or (EXISTS)", "PRINT @@variable", "@@version", "--sp_password", "||UTL_HTTP.REQUEST",
        "@var select @var as var into temp end --", "select current server from sysibm.sysdummy1;",
        "BACKUP database master to disk='\\\\host\\share\\db.bak'", "copy myfile from '/etc/passwd';",
        "copy t to program 'id'", "x'; revoke select on users from public;--"})
    void flagsStatementsAndConditionsTheKeywordTableDoesNotName(String value) {
        assertNotNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"grant access to all;", "We grant access to everyone", "copy this from 'the book'",
        "print 'hello'", "Backup database daily to S3", "I need 1or2 items", "2and3", "It exists (really)",
        "he or (exists) no", "O'Brien", "rock 'n' roll", "it's 5 o'clock -- late", "@@", "exec sports",
        "print the page", "Select or deselect all"})
    void leavesTheirProseLookAlikesAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"select 0x616263", "SELECT x GROUP BY SOMETHING HAVING COUNT(Id) >= 9",
        "9999 or /*+optimizer hint */ true", "9999 or {if length((/* !5000select username/*!50000from*/user where id=1))>0}",
        "/get/OR json_extract('{\"id\": 14}', '$.id') = 14", "/CREATE TABLE Persons", "1.e(ascii)",
        "x' or email~all(array[email]);analyze--", "EmptyValue into outfile '/tmp/x'; --"})
    void flagsHintsVersionedCommentsPathSegmentsAndMysqlNumberGlue(String value) {
        assertNotNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/select-quote", "/api/and/or", "https://x.org/or?x=1", "/*+ hint */", "see 1.e(5)",
        "Select item group by color", "select 2", "path/and/then", "Good; analyze later"})
    void leavesRoutesAndCommentLookAlikesAlone(String value) {
        assertNull(sqli(value), Inspect.describe(Category.SQLI, value));
    }
}
