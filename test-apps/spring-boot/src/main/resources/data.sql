INSERT INTO items VALUES (1, 'apple', 3, 'alice'), (2, 'banana', 2, 'bob'), (3, 'cherry', 5, 'alice'),
    (4, 'date', 7, 'bob'), (5, 'elderberry', 9, 'alice');
INSERT INTO users VALUES (1, 'alice', 'alice-secret-token'), (2, 'bob', 'bob-secret-token');
