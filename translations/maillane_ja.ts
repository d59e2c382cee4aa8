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
    <name>LineTableModel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
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
</context>
<context>
    <name>LogParser</name>
    <message>
        <source>The format of this file was not recognised; every line is kept as unparsed.</source>
        <translation>このファイルの形式を判別できませんでした。すべての行を未解析のまま保持します。</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Maillane</source>
        <translation>Maillane</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Logs...</source>
        <translation>ログを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;Sample Logs</source>
        <translation>サンプルログを開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close All</source>
        <translation>すべて閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Raw View</source>
        <translation>生ログ表示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>システムの設定に従う(&amp;S)</translation>
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
        <source>Open Logs</source>
        <translation>ログを開く</translation>
    </message>
    <message>
        <source>Mail logs (*.log *.log.* maillog* mail.log* mail_logs* *.current *.s *.gz);;All files (*)</source>
        <translation>メールログ (*.log *.log.* maillog* mail.log* mail_logs* *.current *.s *.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Some logs could not be opened</source>
        <translation>開けなかったログがあります</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened.</source>
        <translation>
            <numerusform>%n 個のファイルを開けませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open mail logs with File &gt; Open Logs or drop them here.</source>
        <translation>[ファイル] &gt; [ログを開く] でメールログを開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2、%1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ファイル</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n line(s) in total</source>
        <translation>
            <numerusform>合計 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3, %4 lines, %5 events, %6 unparsed</source>
        <translation>%1: %2、%3、%4 行、%5 イベント、未解析 %6 行</translation>
    </message>
    <message>
        <source>Total: %1 lines, %2 events, %3 unparsed</source>
        <translation>合計: %1 行、%2 イベント、未解析 %3 行</translation>
    </message>
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
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>Log files or folders.</source>
        <translation>ログファイルまたはフォルダー。</translation>
    </message>
    <message>
        <source>Unknown command or missing files: %1</source>
        <translation>不明なコマンドか、ファイルが指定されていません: %1</translation>
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
        <source>Unknown format: %1 (use csv or json)</source>
        <translation>不明な形式: %1 (csv または json を指定してください)</translation>
    </message>
    <message>
        <source>Maillane command-line tool: reads IronPort, Postfix, Sun Messaging Server and E-Post mail logs.

Commands:
  count FILE...        Count the lines of each log file.
  stats FILE|DIR...    Family, encoding, lines, events and unparsed lines per file; events per kind.
  events FILE|DIR...   Every event with its fields, as CSV or JSON.
  trace QUERY FILE|DIR...  The whole path of the messages an ID, Message-ID or address names (text or --json).
  messages FILE|DIR... One row per message, as CSV or JSON.</source>
        <translation>Maillane コマンドラインツール: IronPort、Postfix、Sun Messaging Server、E-Post のメールログを読み込みます。

コマンド:
  count FILE...        各ログファイルの行数を数えます。
  stats FILE|DIR...    ファイルごとのログ種別・文字コード・行数・イベント数・未解析行数と、種類ごとのイベント数を表示します。
  events FILE|DIR...   すべてのイベントを項目付きで CSV または JSON で出力します。
  trace QUERY FILE|DIR...  ID・Message-ID・メールアドレスで指定したメッセージの経路全体を出力します (テキストまたは --json)。
  messages FILE|DIR... メッセージごとに 1 行の一覧を CSV または JSON で出力します。</translation>
    </message>
    <message>
        <source>stats, trace: write JSON.</source>
        <translation>stats、trace: JSON で出力します。</translation>
    </message>
    <message>
        <source>events, messages: csv or json (default csv).</source>
        <translation>events、messages: csv または json (既定: csv)。</translation>
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
    <message numerus="yes">
        <source>%n message(s) in the path of %1:</source>
        <translation>
            <numerusform>%1 の経路にあるメッセージ: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Came from (%1): %2</source>
        <translation>経由元 (%1): %2</translation>
    </message>
    <message>
        <source>Led to (%1): %2</source>
        <translation>行き先 (%1): %2</translation>
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
        <source>Select the first line that contains &lt;text&gt;.</source>
        <translation>&lt;テキスト&gt; を含む最初の行を選択します。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
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
        <source>No line contains &quot;%1&quot;.</source>
        <translation>「%1」を含む行はありません。</translation>
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
        <source>Unknown language &quot;%1&quot;; available: %2</source>
        <translation>不明な言語です: 「%1」。使用できる言語: %2</translation>
    </message>
</context>
</TS>
