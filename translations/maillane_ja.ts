<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Maillane %1</source>
        <translation>Maillane %1</translation>
    </message>
    <message>
        <source>A mail-log viewer that follows each message through IronPort, Postfix, Sun Messaging Server and E-Post logs.

Maillane is free software under the MIT licence.

Built with:
- Qt %1 (running %2), LGPL-3.0
- KDE Frameworks Syntax Highlighting %3, MIT licence
- zlib %4, zlib licence</source>
        <translation>IronPort、Postfix、Sun Messaging Server、E-Post のログをまたいで、メール 1 通ごとの経路を追跡するメールログビューアーです。

Maillane は MIT ライセンスのフリーソフトウェアです。

使用しているライブラリ:
- Qt %1 (実行中のバージョン %2)、LGPL-3.0
- KDE Frameworks Syntax Highlighting %3、MIT ライセンス
- zlib %4、zlib ライセンス</translation>
    </message>
    <message>
        <source>About Maillane</source>
        <translation>Maillane について</translation>
    </message>
</context>
<context>
    <name>EventColumn</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ログ種別</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>処理側</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>エンベロープ送信者</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>SMTP 応答</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>%1 (orig: %2)</source>
        <extracomment>a recipient address, then the address it was sent to originally (before alias expansion)</extracomment>
        <translation>%1 (元の宛先: %2)</translation>
    </message>
</context>
<context>
    <name>EventDetailModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Byte offset</source>
        <translation>バイト位置</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ログ種別</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>プロセス ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>処理側</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>EventTypes</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>IronPort</source>
        <translation>IronPort</translation>
    </message>
    <message>
        <source>Postfix</source>
        <translation>Postfix</translation>
    </message>
    <message>
        <source>Sun Messaging Server</source>
        <translation>Sun Messaging Server</translation>
    </message>
    <message>
        <source>E-Post</source>
        <translation>E-Post</translation>
    </message>
    <message>
        <source>Unparsed</source>
        <translation>未解析</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受信完了</translation>
    </message>
    <message>
        <source>Scan verdict</source>
        <translation>スキャン判定</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー投入</translation>
    </message>
    <message>
        <source>Derived message</source>
        <translation>派生メッセージ</translation>
    </message>
    <message>
        <source>Delivery connect</source>
        <translation>配送接続</translation>
    </message>
    <message>
        <source>Delivery start</source>
        <translation>配送開始</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>SMTP コマンド</translation>
    </message>
    <message>
        <source>SMTP reply</source>
        <translation>SMTP 応答</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配送済み</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>配送遅延</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>不達(バウンス)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Notification generated</source>
        <translation>通知メール生成</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>処理完了</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Delivery disconnect</source>
        <translation>配送切断</translation>
    </message>
    <message>
        <source>POP3</source>
        <translation>POP3</translation>
    </message>
    <message>
        <source>IMAP4</source>
        <translation>IMAP4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Server (receiving)</source>
        <translation>サーバー側(受信)</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部処理</translation>
    </message>
    <message>
        <source>Client (delivering)</source>
        <translation>クライアント側(配送)</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <translation>メールボックスアクセス</translation>
    </message>
    <message>
        <source>ICID</source>
        <translation>ICID</translation>
    </message>
    <message>
        <source>MID</source>
        <translation>MID</translation>
    </message>
    <message>
        <source>RID</source>
        <translation>RID</translation>
    </message>
    <message>
        <source>DCID</source>
        <translation>DCID</translation>
    </message>
    <message>
        <source>RCID</source>
        <translation>RCID</translation>
    </message>
    <message>
        <source>Queue ID</source>
        <translation>キューID</translation>
    </message>
    <message>
        <source>smtpd process</source>
        <translation>smtpd プロセス</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>Queue file</source>
        <translation>キューファイル</translation>
    </message>
    <message>
        <source>Message number</source>
        <translation>メッセージ番号</translation>
    </message>
    <message>
        <source>Message number suffix</source>
        <translation>メッセージ番号の枝番</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Derived from</source>
        <translation>派生元</translation>
    </message>
    <message>
        <source>Next-hop ID</source>
        <translation>中継先での ID</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Envelope sender</source>
        <translation>エンベロープ送信者</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Original recipient</source>
        <translation>元の宛先</translation>
    </message>
    <message>
        <source>Peer host</source>
        <translation>接続先ホスト</translation>
    </message>
    <message>
        <source>Peer IP</source>
        <translation>接続先 IP</translation>
    </message>
    <message>
        <source>Peer port</source>
        <translation>接続先ポート</translation>
    </message>
    <message>
        <source>Local IP</source>
        <translation>ローカル IP</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>ローカルポート</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>中継先</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO 名</translation>
    </message>
    <message>
        <source>SASL user</source>
        <translation>SASL ユーザー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>応答コード</translation>
    </message>
    <message>
        <source>Enhanced status</source>
        <translation>拡張ステータス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>SMTP stage</source>
        <translation>SMTP 段階</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>送信元チャネル</translation>
    </message>
    <message>
        <source>Destination channel</source>
        <translation>宛先チャネル</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェース</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: text, from:, to:, id:, status:bounced, host:, kind:, -exclude</source>
        <translation>絞り込み: 文字列、from:、to:、id:、status:bounced、host:、kind:、-除外</translation>
    </message>
    <message>
        <source>Words must all occur; &quot;quotes&quot; keep a phrase; field:value matches one field; a leading - excludes.</source>
        <translation>すべての語を含む行を表示します。&quot;引用符&quot; で囲むと語句として検索し、項目:値 でその項目だけを照合し、先頭に - を付けると除外します。</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>ログ種別</translation>
    </message>
    <message>
        <source>Unrecognised files</source>
        <translation>認識できないファイル</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>開始 (ローカル時刻)</translation>
    </message>
    <message>
        <source>To (local time)</source>
        <translation>終了 (ローカル時刻)</translation>
    </message>
</context>
<context>
    <name>FilterQuery</name>
    <message>
        <source>The quotation mark before “%1” is not closed.</source>
        <translation>「%1」の前の引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>The regular expression “%1” is not valid at character %2: %3.</source>
        <extracomment>%1 is the pattern, %2 a character position in it, %3 the reason (from Qt)</extracomment>
        <translation>正規表現「%1」の %2 文字目が正しくありません: %3。</translation>
    </message>
    <message>
        <source>“%1:” is not a filter field. Put the text in quotation marks to search for it as it is.</source>
        <extracomment>%1 is what the user typed before the colon</extracomment>
        <translation>「%1:」は絞り込みの項目名ではありません。そのまま検索するには引用符で囲んでください。</translation>
    </message>
    <message>
        <source>The filter field “%1:” needs a value after the colon.</source>
        <translation>絞り込み項目「%1:」のコロンの後に値を指定してください。</translation>
    </message>
</context>
<context>
    <name>GzipReader</name>
    <message>
        <source>the decompressor could not start</source>
        <translation>展開処理を開始できません</translation>
    </message>
    <message>
        <source>the compressed data ends early (truncated file)</source>
        <translation>圧縮データが途中で終わっています (ファイルが途中で切れています)</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (%1)</source>
        <translation>圧縮データが壊れています (%1)</translation>
    </message>
</context>
<context>
    <name>LanguageManager</name>
    <message>
        <source>Unknown language &quot;%1&quot;; available: %2</source>
        <translation>不明な言語「%1」です。使用できる言語: %2</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Correlating messages…</source>
        <translation>メッセージを関連付けています…</translation>
    </message>
    <message>
        <source>Finding log files…</source>
        <translation>ログファイルを探しています…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)</source>
        <translation>%1 を読み込み中 (%3 中 %2)</translation>
    </message>
    <message>
        <source>%1 of %2 in all</source>
        <translation>全体 %2 中 %1</translation>
    </message>
</context>
<context>
    <name>LoadReports</name>
    <message>
        <source>These logs may not fit in memory</source>
        <translation>これらのログはメモリーに収まらないおそれがあります</translation>
    </message>
    <message>
        <source>Messages cannot be traced</source>
        <translation>メッセージをトレースできません</translation>
    </message>
    <message>
        <source>Some logs could not be opened</source>
        <translation>開けなかったログがあります</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be opened; the others are loaded.</source>
        <translation>
            <numerusform>%Ln 個のファイルを開けませんでした。その他のファイルは読み込み済みです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) in the folders were not mail logs and were skipped.</source>
        <translation>
            <numerusform>フォルダー内の %Ln 個のファイルはメールログではないため読み飛ばしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <source>%1 is a folder, not a log file.</source>
        <translation>%1 はフォルダーです。ログファイルを指定してください。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot decompress %1: %2</source>
        <translation>%1 を展開できません: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device), so it is not read.</source>
        <translation>%1 は通常のファイルではない（パイプ、ソケット、デバイス）ため、読み込みません。</translation>
    </message>
    <message>
        <source>Cannot read %1 again: %2</source>
        <translation>%1 を読み直せません: %2</translation>
    </message>
    <message>
        <source>Following files is not supported on this system.</source>
        <translation>このシステムではファイルの追跡に対応していません。</translation>
    </message>
</context>
<context>
    <name>LogParser</name>
    <message>
        <source>The format of this file was not recognised; every line is kept as unparsed.</source>
        <translation>このファイルの形式を判別できませんでした。すべての行を未解析のまま保持します。</translation>
    </message>
    <message>
        <source>%1 changed while it was read (it shrank: rotated or rewritten); open it again to read it whole.</source>
        <translation>%1 は読み込み中に変更されました（ローテーションか書き換えで小さくなりました）。全体を読むには開き直してください。</translation>
    </message>
    <message>
        <source>This file looks like binary data (%1% of its first bytes are control bytes), or text in an encoding Maillane does not read (UTF-16); every line is kept as unparsed.</source>
        <translation>このファイルはバイナリデータか（先頭のバイトの %1% が制御文字です）、Maillane が読めない文字コード（UTF-16）のテキストのようです。すべての行を未解析のまま保持します。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>このファイルは空です。</translation>
    </message>
</context>
<context>
    <name>LogSources</name>
    <message>
        <source>Cannot open %1: no such file or folder</source>
        <translation>%1 を開けません: ファイルまたはフォルダーが存在しません</translation>
    </message>
</context>
<context>
    <name>LogTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as CS&amp;V</source>
        <translation>CSV としてコピー(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;Raw Lines</source>
        <translation>ログの行をそのままコピー(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Logs...</source>
        <translation>ログを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>フォルダーを開く(&amp;F)...</translation>
    </message>
    <message>
        <source>Open &amp;Sample Logs</source>
        <translation>サンプルログを開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close All</source>
        <translation>すべて閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Shown Events...</source>
        <translation>表示中のイベントをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Export &amp;Messages...</source>
        <translation>メッセージをエクスポート(&amp;M)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Filter...</source>
        <translation>絞り込み(&amp;F)...</translation>
    </message>
    <message>
        <source>Next Line of &amp;Trace</source>
        <translation>トレースの次の行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Previous Line of Trace</source>
        <translation>トレースの前の行(&amp;P)</translation>
    </message>
    <message>
        <source>Find by &amp;ID or Address...</source>
        <translation>ID・アドレスで検索(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>進む(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Previous Hop</source>
        <translation>前の中継(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next Hop</source>
        <translation>次の中継(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>メッセージ(&amp;M)</translation>
    </message>
    <message>
        <source>Only This &amp;Trace</source>
        <translation>このトレースのみ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Problems Only</source>
        <translation>問題のみ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>パネル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>システムの設定に従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Maillane</source>
        <translation>Maillane について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Main Tool Bar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Show only the lines of the selected message&apos;s trace</source>
        <translation>選択したメッセージのトレースに含まれる行だけを表示</translation>
    </message>
    <message>
        <source>Only deferred, bounced, rejected and unparsed lines</source>
        <translation>配送遅延・不達(バウンス)・拒否・未解析の行だけを表示</translation>
    </message>
    <message>
        <source>Export &amp;Diagram...</source>
        <translation>図のエクスポート(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Follow Files</source>
        <translation>ファイルを追跡(&amp;F)</translation>
    </message>
    <message>
        <source>Read lines as they are added to the open files, like tail -F: the table and the traces update, and a rotated file goes on in its new file</source>
        <translation>開いているファイルに追加される行を tail -F のように読み込みます。表とトレースが更新され、ローテーションされたファイルは新しいファイルで続きを読みます</translation>
    </message>
    <message>
        <source>Reopen Last Logs on &amp;Start</source>
        <translation>前回のログを起動時に開く(&amp;S)</translation>
    </message>
    <message>
        <source>At start, open the logs that were open when Maillane was closed and select the same line again (maillane --empty starts with nothing open)</source>
        <translation>起動時に、Maillane を閉じたときに開いていたログを開き、同じ行を再び選択します (maillane --empty では何も開かずに起動します)</translation>
    </message>
    <message>
        <source>&amp;Swimlane</source>
        <translation>スイムレーン(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Maillane</source>
        <translation>Maillane</translation>
    </message>
    <message>
        <source>Open Logs</source>
        <translation>ログを開く</translation>
    </message>
    <message>
        <source>Mail logs (*.log *.log.* maillog* mail.log* mail_logs* *.current *.s *.gz);;All files (*)</source>
        <translation>メールログ (*.log *.log.* maillog* mail.log* mail_logs* *.current *.s *.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open mail logs with File &gt; Open Logs or drop them here.</source>
        <translation>[ファイル] &gt; [ログを開く] でメールログを開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>トレース</translation>
    </message>
    <message>
        <source>Raw Log</source>
        <translation>ログ原文</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Find by ID or address (Ctrl+L)</source>
        <translation>ID・アドレスで検索 (Ctrl+L)</translation>
    </message>
    <message>
        <source>A queue ID, MID, ICID, DCID, B-number, Message-ID, envelope address or client IP: opens its trace</source>
        <translation>キューID、MID、ICID、DCID、B番号、Message-ID、エンベロープのアドレス、接続元 IP を入力すると、そのトレースを開きます</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>The selected line is hidden by the filter.</source>
        <translation>選択した行は絞り込みで非表示になっています。</translation>
    </message>
    <message>
        <source>Messages are still being correlated; try again in a moment.</source>
        <translation>メッセージを関連付けている途中です。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>No message has the identifier or address &quot;%1&quot;.</source>
        <translation>ID またはアドレス「%1」のメッセージはありません。</translation>
    </message>
    <message>
        <source>This message has no next hop in the loaded logs.</source>
        <translation>読み込んだログには、このメッセージの次の中継先がありません。</translation>
    </message>
    <message>
        <source>This message has no previous hop in the loaded logs.</source>
        <translation>読み込んだログには、このメッセージの前の中継元がありません。</translation>
    </message>
    <message>
        <source>No later line of this trace.</source>
        <translation>このトレースにこれより後の行はありません。</translation>
    </message>
    <message>
        <source>No earlier line of this trace.</source>
        <translation>このトレースにこれより前の行はありません。</translation>
    </message>
    <message>
        <source>correlating messages…</source>
        <translation>メッセージを関連付け中…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Updating the rows… · %1</source>
        <translation>表示行を更新中… · %1</translation>
    </message>
    <message>
        <source>Swimlane</source>
        <translation>スイムレーン</translation>
    </message>
    <message>
        <source>Export Diagram</source>
        <translation>図のエクスポート</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) match.</source>
        <translation>
            <numerusform>%Ln 件のメッセージが該当しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s) shown</source>
        <translation>
            <numerusform>%Ln 件中 %1 件のイベントを表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>メッセージ %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unparsed</source>
        <translation>
            <numerusform>未解析 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln ファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was rotated: its new lines are read as another log.</source>
        <translation>%1 がローテーションされました。新しい行は別のログとして読み込みます。</translation>
    </message>
    <message>
        <source>%1 · following the files</source>
        <translation>%1 · ファイルを追跡中</translation>
    </message>
    <message>
        <source>Messages cannot be traced: correlating them ran out of memory.</source>
        <translation>メッセージをトレースできません: 関連付けの途中でメモリーが足りなくなりました。</translation>
    </message>
    <message>
        <source>no messages: out of memory</source>
        <translation>メッセージなし: メモリー不足</translation>
    </message>
</context>
<context>
    <name>MessageColumn</name>
    <message>
        <source>First</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ログ種別</translation>
    </message>
    <message>
        <source>IDs</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>エンベロープ送信者</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>中継数</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n more</source>
        <extracomment>%1 is the first three recipient addresses, %n how many more the message has</extracomment>
        <translation>
            <numerusform>%1 他 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutOfMemory</name>
    <message>
        <source>These logs may need about %1 MB of memory to load, and about %2 MB is available: the load may fail. Close other logs or programs, or open fewer files at once.</source>
        <translation>これらのログの読み込みには約 %1 MB のメモリーが必要ですが、使えるのは約 %2 MB です。読み込みに失敗するおそれがあります。ほかのログやプログラムを閉じるか、一度に開くファイルを減らしてください。</translation>
    </message>
    <message>
        <source>Not enough memory to read %1 (%2 MB): it was left out. Close other logs or programs, or open fewer files at once.</source>
        <translation>メモリーが足りないため %1 (%2 MB) を読み込めず、除外しました。ほかのログやプログラムを閉じるか、一度に開くファイルを減らしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Not enough memory to correlate the messages of %Ln line(s). Close some logs or other programs, or load fewer files at once.</source>
        <translation>
            <numerusform>メモリーが足りないため、%Ln 行のメッセージを関連付けられません。いくつかのログやほかのプログラムを閉じるか、一度に読み込むファイルを減らしてください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParsedLog</name>
    <message>
        <source> … (%L1 bytes in all; the first %L2 are shown)</source>
        <translation> …（全体で %L1 バイト。先頭の %L2 バイトを表示）</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; は不明なオプションです。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>不明なオプション: %1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の後に値がありません。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の後に予期しない値があります。</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays help, including generic Qt options.</source>
        <translation>Qt 共通のオプションも含めたヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[オプション]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>履歴を消去</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>The window could not be rendered.</source>
        <translation>ウィンドウを描画できませんでした。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>SourceChoices</name>
    <message>
        <source>Automatic</source>
        <comment>detect it, or use the log&apos;s own</comment>
        <translation>自動</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a family, then one of its logs: E-Post acceptlog</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an encoding and its other name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (system)</source>
        <comment>the computer&apos;s time zone</comment>
        <translation>%1 (システム)</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>%1 (chosen)</source>
        <comment>a value the user set</comment>
        <translation>%1 (指定)</translation>
    </message>
    <message>
        <source>%1 (from folder)</source>
        <comment>a host named by the folder a log is in</comment>
        <translation>%1 (フォルダー名)</translation>
    </message>
    <message>
        <source>%1 and UTF-8</source>
        <comment>a file with lines in two encodings</comment>
        <translation>%1 と UTF-8</translation>
    </message>
    <message>
        <source>%1 (from log)</source>
        <comment>a time zone the log states</comment>
        <translation>%1 (ログに記載)</translation>
    </message>
    <message>
        <source>Loading %1 %</source>
        <comment>a file being parsed, with how much is done</comment>
        <translation>読み込み中 %1 %</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>読み込み完了</translation>
    </message>
    <message>
        <source>Compressed with gzip; this is the size after decompression.</source>
        <translation>gzip で圧縮されています。展開後のサイズです。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>ログ種別</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>Unparsed</source>
        <translation>未解析</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>binary data</source>
        <comment>a file that is not text: no encoding describes it</comment>
        <translation>バイナリデータ</translation>
    </message>
</context>
<context>
    <name>SwimlaneExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Swimlane diagram made by Maillane</source>
        <translation>Maillane で作成したスイムレーン図</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>%1 に書き込めません: 画像をエンコードできませんでした。</translation>
    </message>
</context>
<context>
    <name>SwimlaneTexts</name>
    <message>
        <source>client</source>
        <translation>接続元</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>接続元 %1</translation>
    </message>
    <message>
        <source>%1 (server)</source>
        <translation>%1 (受信側)</translation>
    </message>
    <message>
        <source>%1 (internal)</source>
        <translation>%1 (内部処理)</translation>
    </message>
    <message>
        <source>%1 (client)</source>
        <translation>%1 (送信側)</translation>
    </message>
    <message>
        <source>next hop (not in the loaded logs)</source>
        <translation>中継先 (ログ未読込)</translation>
    </message>
    <message>
        <source>%1 (not in the loaded logs)</source>
        <translation>%1 (ログ未読込)</translation>
    </message>
    <message>
        <source>%1 (mailbox)</source>
        <translation>%1 (メールボックス)</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>データ受信完了</translation>
    </message>
    <message>
        <source>content scan</source>
        <translation>コンテンツ検査</translation>
    </message>
    <message>
        <source>content scan: %1</source>
        <translation>コンテンツ検査: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>キュー投入</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>配送試行 %1</translation>
    </message>
    <message>
        <source>attempt %1: to &lt;%2&gt;</source>
        <translation>配送試行 %1: 宛先 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>attempt %1: %2</source>
        <translation>配送試行 %1: %2</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>通知メール生成</translation>
    </message>
    <message>
        <source>done</source>
        <translation>処理完了</translation>
    </message>
    <message>
        <source>close</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>mailbox access</source>
        <translation>メールボックスへのアクセス</translation>
    </message>
    <message>
        <source>mailbox access: %1</source>
        <translation>メールボックスへのアクセス: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>receiving %1</source>
        <translation>受信 %1</translation>
    </message>
    <message>
        <source>processing %1</source>
        <translation>処理 %1</translation>
    </message>
    <message>
        <source>delivering %1</source>
        <translation>配送 %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <source>next hop not in loaded logs</source>
        <translation>中継先のログは未読込</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>accepted / delivered</source>
        <translation>受理 / 配送完了</translation>
    </message>
    <message>
        <source>deferred (will retry)</source>
        <translation>配送遅延 (再試行予定)</translation>
    </message>
    <message>
        <source>bounced / rejected</source>
        <translation>不達(バウンス) / 拒否</translation>
    </message>
    <message>
        <source>time compressed</source>
        <translation>時間軸を省略</translation>
    </message>
</context>
<context>
    <name>SwimlaneView</name>
    <message>
        <source>Select a message to see its path as a swimlane diagram.</source>
        <translation>メッセージを選択すると、その経路をスイムレーン図で表示します。</translation>
    </message>
    <message>
        <source>%1 after the previous step</source>
        <translation>前のステップから %1</translation>
    </message>
    <message>
        <source>%1 after the start</source>
        <translation>開始から %1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Messages are not correlated yet.</source>
        <translation>メッセージの関連付けがまだ終わっていません。</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>イベントのエクスポート</translation>
    </message>
    <message>
        <source>Export Messages</source>
        <translation>メッセージのエクスポート</translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>Trace</source>
        <extracomment>Column of the trace panel: the hops, recipients and attempts of a mail&apos;s path</extracomment>
        <translation>トレース</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>The message was delivered to another host whose logs are not loaded.</source>
        <translation>ログが読み込まれていない別のホストへ配送されました。</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <source>Select an event or a message to see its trace.</source>
        <translation>イベントかメッセージを選択すると、そのトレースを表示します。</translation>
    </message>
</context>
<context>
    <name>TraceTexts</name>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>A hop of the trace: position in the path, &quot;host · product · ID&quot;, the message&apos;s outcome</extracomment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Inbound connection</source>
        <translation>受信接続</translation>
    </message>
    <message>
        <source>Connection from %1</source>
        <extracomment>%1 is the client&apos;s host name and/or IP address</extracomment>
        <translation>接続元 %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>%1 is the envelope sender&apos;s address</extracomment>
        <translation>エンベロープ送信者 %1</translation>
    </message>
    <message>
        <source>From &lt;&gt; (null sender)</source>
        <translation>エンベロープ送信者 &lt;&gt; (空)</translation>
    </message>
    <message>
        <source>Message-ID %1</source>
        <translation>Message-ID %1</translation>
    </message>
    <message>
        <source>Subject %1</source>
        <translation>件名 %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>To %1 (originally %2) — %3</source>
        <extracomment>%1 is the recipient&apos;s address, %2 the address it was expanded from, %3 the outcome</extracomment>
        <translation>宛先 %1 (元の宛先 %2) — %3</translation>
    </message>
    <message>
        <source>To %1 — %2</source>
        <extracomment>%1 is the recipient&apos;s address, %2 the outcome</extracomment>
        <translation>宛先 %1 — %2</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>配送試行 %1</translation>
    </message>
    <message>
        <source>Next hop: %1</source>
        <extracomment>%1 names a message: &quot;host · product · ID&quot;</extracomment>
        <translation>中継先: %1</translation>
    </message>
    <message>
        <source>Previous hop: %1</source>
        <translation>中継元: %1</translation>
    </message>
    <message>
        <source>Notification: %1</source>
        <extracomment>A bounce or delay notification about this message</extracomment>
        <translation>エラー通知: %1</translation>
    </message>
    <message>
        <source>Notification for: %1</source>
        <extracomment>This message is a bounce or delay notification about message %1</extracomment>
        <translation>通知の元メッセージ: %1</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <extracomment>A message split, rewritten or copied from this one</extracomment>
        <translation>派生メッセージ: %1</translation>
    </message>
    <message>
        <source>Derived from: %1</source>
        <translation>派生元: %1</translation>
    </message>
    <message>
        <source>Next hop not in loaded logs</source>
        <translation>中継先のログは読み込まれていません</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An identifier: its label and its value (&quot;Queue ID 4VbT0K2mQzz3xYp&quot;, &quot;MID 30011&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln block(s)</source>
        <translation>
            <numerusform>%Ln ブロック</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceTypes</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配送済み</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>配送遅延</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>不達(バウンス)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>隔離</translation>
    </message>
    <message>
        <source>Next hop</source>
        <translation>中継先</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>エラー通知</translation>
    </message>
    <message>
        <source>Derived message</source>
        <translation>派生メッセージ</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>ログに記録</translation>
    </message>
    <message>
        <source>Inferred from the Message-ID</source>
        <translation>Message-ID から推定</translation>
    </message>
    <message>
        <source>Probable (same sender, recipient and time)</source>
        <translation>推定 (送信者・宛先・時刻が一致)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>HELO/EHLO</source>
        <translation>HELO/EHLO</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>End of data</source>
        <translation>データ終了</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <source>Connect to next hop</source>
        <translation>中継先へ接続</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>配送</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>処理完了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Close (delivery)</source>
        <translation>切断 (配送側)</translation>
    </message>
    <message>
        <source>Mailbox access</source>
        <translation>メールボックスアクセス</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>送信</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Read every file as this family: ironport, postfix, sunms, epost (default: detect).</source>
        <translation>すべてのファイルをこのログ種別として読み込みます: ironport、postfix、sunms、epost (既定: 自動判別)。</translation>
    </message>
    <message>
        <source>Time zone of timestamps without one, e.g. Asia/Tokyo (default: the log&apos;s or the system&apos;s).</source>
        <translation>タイムゾーンのないタイムスタンプに使うタイムゾーン。例: Asia/Tokyo (既定: ログに記載のもの、なければシステムのもの)。</translation>
    </message>
    <message>
        <source>Year of the last entry of logs without years (default: from the file&apos;s modification time).</source>
        <translation>年のないログで最後の行の年 (既定: ファイルの更新日時から)。</translation>
    </message>
    <message>
        <source>Log files or folders.</source>
        <translation>ログファイルまたはフォルダー。</translation>
    </message>
    <message>
        <source>Run maillane-cli --help for usage.</source>
        <translation>使い方は maillane-cli --help で確認できます。</translation>
    </message>
    <message>
        <source>Unknown family: %1</source>
        <translation>不明なログ種別: %1</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>不明なタイムゾーン: %1</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%2 の %1 (%3)</translation>
    </message>
    <message>
        <source>[%1] %2 (%3) %4</source>
        <translation>[%1] %2 (%3) %4</translation>
    </message>
    <message>
        <source>Refused before it was queued (no ID)</source>
        <translation>キュー投入前に拒否 (ID なし)</translation>
    </message>
    <message>
        <source>From: %1  Message-ID: %2</source>
        <translation>エンベロープ送信者: %1  Message-ID: %2</translation>
    </message>
    <message>
        <source>First: %1  Last: %2  Outcome: %3</source>
        <translation>最初: %1  最後: %2  結果: %3</translation>
    </message>
    <message>
        <source>Client: %1 [%2]</source>
        <translation>接続元: %1 [%2]</translation>
    </message>
    <message>
        <source>To: %1  %2</source>
        <translation>宛先: %1  %2</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>No message matches %1.</source>
        <translation>%1 に該当するメッセージはありません。</translation>
    </message>
    <message>
        <source>Came from (%1): %2</source>
        <translation>経由元 (%1): %2</translation>
    </message>
    <message>
        <source>Led to (%1): %2</source>
        <translation>行き先 (%1): %2</translation>
    </message>
    <message>
        <source>swimlane: write the diagram as SVG to this file.</source>
        <translation>swimlane: 図を SVG でこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>swimlane: write the diagram as PNG to this file.</source>
        <translation>swimlane: 図を PNG でこのファイルに書き出します。</translation>
    </message>
    <message>
        <source>swimlane needs --svg FILE or --png FILE.</source>
        <translation>swimlane には --svg FILE または --png FILE が必要です。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 を書き出しました</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, ja) for messages and help; default: the saved choice or the system&apos;s.</source>
        <translation>メッセージとヘルプを &lt;language&gt; (en、ja) で表示します。既定は保存された設定、なければシステムの言語です。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) in total</source>
        <translation>
            <numerusform>合計 %Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) in the path of %1:</source>
        <translation>
            <numerusform>%1 の経路にあるメッセージ: %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a year: %1</source>
        <translation>年として解釈できません: %1</translation>
    </message>
    <message>
        <source>Skipped, not a mail log: %1</source>
        <translation>メールログではないため読み飛ばしました: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>lines, events, unparsed</comment>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln イベント</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unparsed</source>
        <comment>lines</comment>
        <translation>
            <numerusform>未解析 %Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4</source>
        <comment>path: family, encoding, counts</comment>
        <translation>%1: %2、%3、%4</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計: %1</translation>
    </message>
    <message>
        <source>No mail logs found in: %1</source>
        <translation>メールログが見つかりません: %1</translation>
    </message>
    <message>
        <source>Count the lines of each log file.</source>
        <translation>各ログファイルの行数を数えます。</translation>
    </message>
    <message>
        <source>Family, encoding, lines, events and unparsed lines per file; events per kind. Text or JSON.</source>
        <translation>ファイルごとのログ種別・文字コード・行数・イベント数・未解析行数と、種類ごとのイベント数を表示します。テキストまたは JSON。</translation>
    </message>
    <message>
        <source>Every event with its fields, as CSV or JSON.</source>
        <translation>すべてのイベントを項目付きで CSV または JSON で出力します。</translation>
    </message>
    <message>
        <source>The whole path of the messages an ID, Message-ID or address names. Text or JSON.</source>
        <translation>ID・Message-ID・メールアドレスで指定したメッセージの経路全体を出力します。テキストまたは JSON。</translation>
    </message>
    <message>
        <source>One row per message, as CSV or JSON.</source>
        <translation>メッセージごとに 1 行の一覧を CSV または JSON で出力します。</translation>
    </message>
    <message>
        <source>The swimlane diagram of the messages the query names, to --svg FILE, --png FILE or both.</source>
        <translation>検索語で指定したメッセージのスイムレーン図を --svg FILE、--png FILE またはその両方に書き出します。</translation>
    </message>
    <message>
        <source>stats, trace, events, messages: write JSON (the same as --format json).</source>
        <translation>stats、trace、events、messages: JSON で出力します (--format json と同じ)。</translation>
    </message>
    <message>
        <source>stats, trace: text or json (default text); events, messages: csv or json (default csv).</source>
        <translation>stats、trace: text または json (既定: text)。events、messages: csv または json (既定: csv)。</translation>
    </message>
    <message>
        <source>The command to run (see Commands).</source>
        <translation>実行するコマンド (「コマンド」を参照)。</translation>
    </message>
    <message>
        <source>trace, swimlane: an ID, Message-ID, address or client IP.</source>
        <translation>trace、swimlane: ID・Message-ID・メールアドレス・接続元 IP のいずれか。</translation>
    </message>
    <message>
        <source>Unknown format for %1: %2 (use %3 or %4)</source>
        <translation>不明な形式: %2 (%1 では %3 または %4 を指定してください)</translation>
    </message>
    <message>
        <source>--json and --format %1 contradict each other.</source>
        <translation>--json と --format %1 は同時に指定できません。</translation>
    </message>
    <message>
        <source>%1 needs a query and at least one file or folder.</source>
        <translation>%1 には検索語と、1 つ以上のファイルまたはフォルダーが必要です。</translation>
    </message>
    <message>
        <source>%1 needs at least one file or folder.</source>
        <translation>%1 には 1 つ以上のファイルまたはフォルダーが必要です。</translation>
    </message>
    <message>
        <source>Maillane command-line tool: reads IronPort, Postfix, Sun Messaging Server and E-Post mail logs.</source>
        <translation>Maillane コマンドラインツール: IronPort、Postfix、Sun Messaging Server、E-Post のメールログを読み込みます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 は %2 には使えません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mail-log viewer with message tracing.</source>
        <translation>メッセージ追跡機能付きメールログビューアー。</translation>
    </message>
    <message>
        <source>Log files to open.</source>
        <translation>開くログファイル。</translation>
    </message>
    <message>
        <source>Open the bundled sample logs.</source>
        <translation>同梱のサンプルログを開きます。</translation>
    </message>
    <message>
        <source>Load the logs, write a PNG screenshot of the window to &lt;file&gt; and exit.</source>
        <translation>ログを読み込み、ウィンドウのスクリーンショットを PNG 形式で &lt;ファイル&gt; に書き出して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; (en, ja) for this run without changing the saved choice.</source>
        <translation>今回の起動に限り &lt;言語&gt; (en, ja) を使います。保存された設定は変更しません。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Select the trace of &lt;query&gt; (an identifier or address), else the first line that contains it.</source>
        <translation>&lt;query&gt; (ID またはアドレス) のトレースを選択します。該当しなければ、それを含む最初の行を選択します。</translation>
    </message>
    <message>
        <source>query</source>
        <translation>query</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>「%1」に該当するものはありません。</translation>
    </message>
    <message>
        <source>Start with no logs open instead of reopening those of the last session.</source>
        <translation>前回のセッションのログを開かずに、何も開いていない状態で起動します。</translation>
    </message>
    <message>
        <source>Once loaded, show &lt;view&gt;: events, messages or swimlane.</source>
        <translation>読み込み後に &lt;view&gt; を表示します: events (イベント)、messages (メッセージ)、swimlane (スイムレーン)。</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>Unknown view: %1 (use events, messages or swimlane)</source>
        <translation>不明な表示です: %1 (events、messages、swimlane のいずれかを指定してください)</translation>
    </message>
</context>
</TS>
