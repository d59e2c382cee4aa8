#pragma once

// A Postfix log whose every field an attacker chose: spreadsheet formulas, markup, quotes, terminal escapes,
// control bytes, invalid UTF-8. One message, queue ID 4VbSh51VP0z3xXy, through from connect to removal.
#include <QByteArray>

inline QByteArray hostilePostfixLog()
{
    return QByteArray("Mar 27 09:14:04 relay1 postfix/smtpd[2201]: connect from =cmd|' /C calc'!A0[192.0.2.1]\n"
                      "Mar 27 09:14:05 relay1 postfix/smtpd[2201]: 4VbSh51VP0z3xXy: client==cmd|' /C calc'!A0[192.0.2.1]\n"
                      "Mar 27 09:14:05 relay1 postfix/cleanup[2202]: 4VbSh51VP0z3xXy: message-id=<\"q\"@a\x1b[31m>\n"
                      "Mar 27 09:14:05 relay1 postfix/cleanup[2202]: 4VbSh51VP0z3xXy: warning: header Subject: "
                      "=HYPERLINK(\"http://evil.example/\",\"x\") </svg><script>\x01\x07\xff]]>&amp;\n"
                      "Mar 27 09:14:06 relay1 postfix/qmgr[1190]: 4VbSh51VP0z3xXy: from=<+sum(1,2)@evil.example>, size=100, nrcpt=1 (queue active)\n"
                      "Mar 27 09:14:07 relay1 postfix/smtp[2203]: 4VbSh51VP0z3xXy: to=<@evil\"<b>@example.jp>, "
                      "relay=mx.example.jp[192.0.2.9]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 -ok =\"; <b>\x02)\n"
                      "Mar 27 09:14:07 relay1 postfix/qmgr[1190]: 4VbSh51VP0z3xXy: removed\n");
}
