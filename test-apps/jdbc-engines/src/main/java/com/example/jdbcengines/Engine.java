package com.example.jdbcengines;

import java.util.Locale;

/** The database engines the app runs on, chosen with {@code --db=}. */
enum Engine {
    H2, SQLITE, POSTGRES, MARIADB;

    static Engine parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The column definition of an auto-generated integer primary key. */
    String autoIncrementKey() {
        switch (this) {
            case SQLITE:
                return "INTEGER PRIMARY KEY AUTOINCREMENT";
            case POSTGRES:
                return "SERIAL PRIMARY KEY";
            default:
                return "INT AUTO_INCREMENT PRIMARY KEY";
        }
    }

    /** The DDL of the {@code item_count(name)} routine behind {@code {call item_count(?)}}, or null (SQLite has none). */
    String itemCountRoutine() {
        switch (this) {
            case H2:
                return "CREATE ALIAS item_count FOR 'com.example.jdbcengines.Routines.itemCount'";
            case POSTGRES:
                return "CREATE FUNCTION item_count(n text) RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM items WHERE name = n $$";
            case MARIADB:
                return "CREATE PROCEDURE item_count(IN n VARCHAR(100)) SELECT COUNT(*) FROM items WHERE name = n";
            default:
                return null;
        }
    }
}
