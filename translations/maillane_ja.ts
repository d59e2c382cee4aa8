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
    <name>cli</name>
    <message numerus="yes">
        <source>%n line(s) in total</source>
        <translation>
            <numerusform>合計 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Maillane command-line tool: reads IronPort, Postfix, Sun Messaging Server and E-Post mail logs.

Commands:
  count FILE...   Count the lines of each log file.</source>
        <translation>Maillane コマンドラインツール: IronPort、Postfix、Sun Messaging Server、E-Post のメールログを読み込みます。

コマンド:
  count FILE...   各ログファイルの行数を数えます。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>Log files.</source>
        <translation>ログファイル。</translation>
    </message>
    <message>
        <source>Unknown command or missing files: %1</source>
        <translation>不明なコマンドか、ファイルが指定されていません: %1</translation>
    </message>
    <message>
        <source>Run maillane-cli --help for usage.</source>
        <translation>使い方は maillane-cli --help で確認できます。</translation>
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
