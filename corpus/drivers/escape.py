"""How the textio and codec drivers write text: case arguments in, rows out.

A case argument is text with `\\u{HEX}` escapes (any code point, lone surrogates included);
every other character stands for itself. A row shows text with ASCII letters, digits, space and
`.` as they are and every other code point as `\\u{HEX}` (lower-case hex), and any run of six or
more equal tokens (a character or an escape) as `{{TOKEN*COUNT}}`. An exception is
`!CLASS: str(exc)`.
"""


def unesc(s):
    """The text a case argument stands for."""
    out = []
    i = 0
    while True:
        j = s.find("\\u{", i)
        if j < 0:
            out.append(s[i:])
            return "".join(out)
        k = s.index("}", j)
        out.append(s[i:j])
        out.append(chr(int(s[j + 3:k], 16)))
        i = k + 1


def esc(s):
    """Text as a row shows it (before `compress`)."""
    return "".join(
        c if (c.isascii() and c.isalnum()) or c in " ." else "\\u{%x}" % ord(c) for c in s
    )


def compress(s):
    """Runs of six or more equal tokens as `{{TOKEN*COUNT}}`."""
    tokens = []
    i = 0
    while i < len(s):
        n = s.index("}", i) + 1 - i if s.startswith("\\u{", i) else 1
        tokens.append(s[i:i + n])
        i += n
    out = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j] == tokens[i]:
            j += 1
        out.append("{{%s*%d}}" % (tokens[i], j - i) if j - i >= 6 else "".join(tokens[i:j]))
        i = j
    return "".join(out)


def error(e):
    """An exception as a row shows it."""
    return "!%s: %s" % (type(e).__name__, e)
