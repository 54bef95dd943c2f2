<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Gleaner::AddAnnotationCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
</context>
<context>
    <name>Gleaner::AddCommitmentCommand</name>
    <message>
        <source>Make commitment of %1</source>
        <translation>%1 のコミットメントを作成</translation>
    </message>
</context>
<context>
    <name>Gleaner::AddPillarCommand</name>
    <message>
        <source>Add pillar “%1”</source>
        <translation>重点分野「%1」を追加</translation>
    </message>
</context>
<context>
    <name>Gleaner::AmountDialog</name>
    <message>
        <source>Tag as Amount</source>
        <translation>金額・数量としてタグ付け</translation>
    </message>
</context>
<context>
    <name>Gleaner::AmountFields</name>
    <message>
        <source>e.g. 10000000000</source>
        <translation>例: 10000000000</translation>
    </message>
    <message>
        <source>USD, EUR, JPY… or a unit such as engineer</source>
        <translation>USD、EUR、JPY… または engineer などの単位</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額・数量(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Currency or unit:</source>
        <translation>通貨または単位(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>修飾語(&amp;Q):</translation>
    </message>
</context>
<context>
    <name>Gleaner::AnnotationEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>&amp;Pillar:</source>
        <translation>重点分野(&amp;P):</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves; Enter starts a new line</source>
        <translation>Ctrl+Enter で保存、Enter で改行</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
</context>
<context>
    <name>Gleaner::AnnotationFindings</name>
    <message>
        <source>list the findings</source>
        <translation>所見を一覧する</translation>
    </message>
    <message>
        <source>count the findings</source>
        <translation>所見を数える</translation>
    </message>
</context>
<context>
    <name>Gleaner::AnnotationPanel</name>
    <message>
        <source>Pillars</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金額・数量</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write the amount in digits, e.g. 10000000000 or 2.5.</source>
        <translation>「%1」は数値ではありません。金額・数量は 10000000000 や 2.5 のように数字で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as YYYY-MM-DD, e.g. 2029-12-31.</source>
        <translation>「%1」は日付ではありません。2029-12-31 のように YYYY-MM-DD 形式で入力してください。</translation>
    </message>
    <message>
        <source>Only amounts and deadlines have a value.</source>
        <translation>値を持つのは金額・数量と期限だけです。</translation>
    </message>
    <message>
        <source>The precision must be day, month, quarter or year.</source>
        <translation>精度は day (日)、month (月)、quarter (四半期)、year (年) のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Only amounts and deadlines have a unit.</source>
        <translation>単位を持つのは金額・数量と期限だけです。</translation>
    </message>
    <message>
        <source>Only amounts have a qualifier.</source>
        <translation>修飾語を持つのは金額・数量だけです。</translation>
    </message>
    <message>
        <source>A pillar annotation needs a pillar.</source>
        <translation>重点分野の注釈には重点分野を指定する必要があります。</translation>
    </message>
    <message>
        <source>There is no pillar named “%1”. Create it with Tag as Pillar or in the Pillars manager.</source>
        <translation>「%1」という名前の重点分野はありません。「重点分野としてタグ付け」または重点分野の管理画面で作成してください。</translation>
    </message>
    <message>
        <source>The quote comes from the article and cannot be edited.</source>
        <translation>引用は記事から取られたものなので編集できません。</translation>
    </message>
    <message>
        <source>Amount suggestion</source>
        <translation>金額・数量の提案</translation>
    </message>
    <message>
        <source>Enter accepts · Delete rejects · K makes it a note</source>
        <translation>Enter で採用 · Delete で却下 · K でメモにする</translation>
    </message>
    <message>
        <source>Deadline suggestion</source>
        <translation>期限の提案</translation>
    </message>
    <message>
        <source>Pillar suggestion</source>
        <translation>重点分野の提案</translation>
    </message>
    <message>
        <source>Note suggestion</source>
        <translation>メモの提案</translation>
    </message>
    <message>
        <source>Enter accepts · Delete rejects · K makes it an amount</source>
        <translation>Enter で採用 · Delete で却下 · K で金額・数量にする</translation>
    </message>
    <message>
        <source>Enter accepts · Delete rejects · K makes it a deadline</source>
        <translation>Enter で採用 · Delete で却下 · K で期限にする</translation>
    </message>
    <message>
        <source>Enter accepts · Delete rejects · K makes it a pillar</source>
        <translation>Enter で採用 · Delete で却下 · K で重点分野にする</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 による</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>%1 が %2 に作成</translation>
    </message>
</context>
<context>
    <name>Gleaner::AnnotationRepository</name>
    <message>
        <source>read the article</source>
        <translation>記事を読み込む</translation>
    </message>
    <message>
        <source>There is no article %1 in this library. Run “gleaner list” to see the article ids.</source>
        <translation>このライブラリに記事 %1 はありません。「gleaner list」を実行して記事 ID を確認してください。</translation>
    </message>
    <message>
        <source>The range %1–%2 is not inside the article&apos;s text, which is %3 characters long (UTF-16 units); the start must be smaller than the end.</source>
        <translation>範囲 %1–%2 は記事本文 (長さ %3 文字、UTF-16 単位) の中に収まっていません。開始位置は終了位置より小さくする必要があります。</translation>
    </message>
    <message>
        <source>The offset %1 falls inside a character written with two UTF-16 units (such as an emoji); start or end the annotation one unit before or after it.</source>
        <translation>オフセット %1 は 2 つの UTF-16 単位で書かれた文字 (絵文字など) の途中にあります。注釈の開始または終了を 1 単位前か後ろにしてください。</translation>
    </message>
    <message>
        <source>“%1” is not a decimal number. Write the amount with digits and an optional decimal point, without separators, e.g. 10000000000 or 2.5.</source>
        <translation>「%1」は 10 進数ではありません。金額・数量は 10000000000 や 2.5 のように、桁区切りを付けずに数字 (必要なら小数点) で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a known ISO 4217 currency code. Use a three-letter code such as USD, EUR or JPY.</source>
        <translation>「%1」は既知の ISO 4217 通貨コードではありません。USD、EUR、JPY などの 3 文字のコードを使用してください。</translation>
    </message>
    <message>
        <source>An amount has either a currency or a unit, not both.</source>
        <translation>金額・数量には通貨か単位のどちらか一方だけを指定できます。</translation>
    </message>
    <message>
        <source>An amount annotation needs a value (e.g. 10000000000).</source>
        <translation>金額・数量の注釈には値が必要です (例: 10000000000)。</translation>
    </message>
    <message>
        <source>A deadline annotation needs a valid due date written as YYYY-MM-DD.</source>
        <translation>期限の注釈には YYYY-MM-DD 形式の有効な期日が必要です。</translation>
    </message>
    <message>
        <source>read the pillar</source>
        <translation>重点分野を読み込む</translation>
    </message>
    <message>
        <source>There is no pillar %1 in this library.</source>
        <translation>このライブラリに重点分野 %1 はありません。</translation>
    </message>
    <message>
        <source>A pillar annotation needs a pillar name.</source>
        <translation>重点分野の注釈には重点分野の名前が必要です。</translation>
    </message>
    <message>
        <source>save the annotation</source>
        <translation>注釈を保存する</translation>
    </message>
    <message>
        <source>restore the annotation</source>
        <translation>注釈を復元する</translation>
    </message>
    <message>
        <source>change the annotation</source>
        <translation>注釈を変更する</translation>
    </message>
    <message>
        <source>There is no annotation %1 in this library.</source>
        <translation>このライブラリに注釈 %1 はありません。</translation>
    </message>
    <message>
        <source>delete the annotation</source>
        <translation>注釈を削除する</translation>
    </message>
    <message>
        <source>read the annotation</source>
        <translation>注釈を読み込む</translation>
    </message>
    <message>
        <source>read the annotations</source>
        <translation>注釈を読み込む</translation>
    </message>
    <message>
        <source>reject the suggestion</source>
        <translation>提案を却下する</translation>
    </message>
    <message>
        <source>restore the suggestion</source>
        <translation>提案を復元する</translation>
    </message>
    <message>
        <source>read the suggestions</source>
        <translation>提案を読み込む</translation>
    </message>
    <message>
        <source>The annotation “%1” was deleted, perhaps by another user, after you saw it; your change was not saved.</source>
        <translation>注釈「%1」は、表示された後に（おそらく他のユーザーによって）削除されました。変更は保存されていません。</translation>
    </message>
    <message>
        <source>Someone else changed the annotation “%1” after you saw it; your change was not saved, and theirs is shown. Make your change again if it is still needed.</source>
        <translation>注釈「%1」は、表示された後に他の人が変更しました。あなたの変更は保存されず、その人の変更が表示されています。まだ必要なら、もう一度変更してください。</translation>
    </message>
    <message>
        <source>Someone else changed the annotation “%1” after you saw it; it was not deleted, and their version is shown. Delete it again if it is still not wanted.</source>
        <translation>注釈「%1」は、表示された後に他の人が変更しました。削除されず、その人の変更が表示されています。まだ不要なら、もう一度削除してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::AnnotationText</name>
    <message>
        <source>end of Q%1 %2</source>
        <translation>%2年 第%1四半期末</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額・数量</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>end of %1</source>
        <comment>a month and year</comment>
        <translation>%1末</translation>
    </message>
    <message>
        <source>end of %1</source>
        <comment>a year</comment>
        <translation>%1年末</translation>
    </message>
    <message>
        <source>%1 is not the last day of its %2, so the deadline is kept by day.</source>
        <translation>%1 はその %2 の最終日ではないため、期限は日単位で保存します。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>kind: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>approximately %1</source>
        <translation>約%1</translation>
    </message>
    <message>
        <source>roughly %1</source>
        <translation>およそ%1</translation>
    </message>
    <message>
        <source>nearly %1</source>
        <translation>%1近く</translation>
    </message>
    <message>
        <source>almost %1</source>
        <translation>%1近く</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>%1超</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>%1超</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>%1以下</translation>
    </message>
    <message>
        <source>less than %1</source>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>%1未満</translation>
    </message>
    <message>
        <source>as much as %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>as many as %1</source>
        <translation>最大%1</translation>
    </message>
    <message>
        <source>no more than %1</source>
        <translation>%1以下</translation>
    </message>
    <message>
        <source>no less than %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>in excess of %1</source>
        <translation>%1超</translation>
    </message>
    <message>
        <source>upwards of %1</source>
        <translation>%1以上</translation>
    </message>
    <message>
        <source>close to %1</source>
        <translation>%1近く</translation>
    </message>
    <message>
        <source>some %1</source>
        <translation>約%1</translation>
    </message>
</context>
<context>
    <name>Gleaner::ArticleImporter</name>
    <message>
        <source>No article text was found in it. Check that it is an article page or its text, not an empty or binary file.</source>
        <translation>記事の本文が見つかりませんでした。空のファイルやバイナリファイルではなく、記事のページまたはその本文であることを確認してください。</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>無題の記事</translation>
    </message>
    <message>
        <source>“%1” is already in the library as article %2.</source>
        <translation>「%1」は記事 %2 としてすでにライブラリにあります。</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>標準入力を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is the open library (or one of its files), not an article. Choose the article&apos;s page or text file.</source>
        <translation>%1 は開いているライブラリ (またはその一部のファイル) で、記事ではありません。記事のページまたはテキストファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1: no such file. Check the path.</source>
        <translation>%1: ファイルが存在しません。パスを確認してください。</translation>
    </message>
    <message>
        <source>%1: %2. Check that you may read the file.</source>
        <translation>%1: %2。ファイルの読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <source>import the article</source>
        <translation>記事をインポートする</translation>
    </message>
    <message>
        <source>%1 is too large (over %2 MB). Save only the article&apos;s page, or copy its text.</source>
        <translation>%1 は大きすぎます (%2 MB を超えています)。記事のページだけを保存するか、本文をコピーしてください。</translation>
    </message>
    <message>
        <source>%1 is compressed and cannot be read (%2). Save the page again, or save only the article&apos;s page.</source>
        <translation>%1 は圧縮されていて読み込めません (%2)。ページを保存し直すか、記事のページだけを保存してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::ArticleListModel</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>Gleaner::ArticleMarkdown</name>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
</context>
<context>
    <name>Gleaner::ArticlePrinter</name>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Could not write the PDF “%1”. Choose a folder you can write to.</source>
        <translation>PDF「%1」を書き込めませんでした。書き込みできるフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::ArticlePropertiesDialog</name>
    <message>
        <source>Known</source>
        <translation>既知</translation>
    </message>
    <message>
        <source>Article Properties</source>
        <translation>記事のプロパティ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>公開日(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>サイト(&amp;S):</translation>
    </message>
    <message>
        <source>Deadlines such as “within 18 months” are counted from the published date.</source>
        <translation>「18 か月以内」のような期限は公開日から数えます。</translation>
    </message>
    <message>
        <source>The title cannot be empty.</source>
        <translation>タイトルを空にすることはできません。</translation>
    </message>
    <message>
        <source>“%1” is not a full URL; write it as https://…</source>
        <translation>「%1」は完全な URL ではありません。https://… の形式で入力してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::ArticleRepository</name>
    <message>
        <source>add the article</source>
        <translation>記事を追加する</translation>
    </message>
    <message>
        <source>The article has no text to keep. Check that the file or page holds an article.</source>
        <translation>記事に保存できる本文がありません。ファイルまたはページに記事が含まれていることを確認してください。</translation>
    </message>
    <message>
        <source>read the article</source>
        <translation>記事を読み込む</translation>
    </message>
    <message>
        <source>There is no article %1 in this library. Run “gleaner list” to see the article ids.</source>
        <translation>このライブラリに記事 %1 はありません。「gleaner list」を実行して記事 ID を確認してください。</translation>
    </message>
    <message>
        <source>change the article&apos;s properties</source>
        <translation>記事のプロパティを変更する</translation>
    </message>
    <message>
        <source>There is no article %1 in this library.</source>
        <translation>このライブラリに記事 %1 はありません。</translation>
    </message>
    <message>
        <source>delete the article</source>
        <translation>記事を削除する</translation>
    </message>
    <message>
        <source>restore the article</source>
        <translation>記事を復元する</translation>
    </message>
    <message>
        <source>list the articles</source>
        <translation>記事を一覧表示する</translation>
    </message>
    <message>
        <source>count the articles</source>
        <translation>記事を数える</translation>
    </message>
    <message>
        <source>look for the article</source>
        <translation>記事を検索する</translation>
    </message>
    <message>
        <source>read the articles</source>
        <translation>記事を読み込む</translation>
    </message>
    <message>
        <source>Someone else changed the properties of “%1” after you saw them; your change was not saved, and theirs are shown. Make your change again if it is still needed.</source>
        <translation>「%1」のプロパティは、表示された後に他の人が変更しました。あなたの変更は保存されず、その人の変更が表示されています。まだ必要なら、もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::ArticleView</name>
    <message>
        <source>Choose an article on the left, or import one with File ▸ Import File… or Paste Article.</source>
        <translation>左側で記事を選択するか、「ファイル ▸ ファイルをインポート…」または「記事を貼り付け」で記事をインポートしてください。</translation>
    </message>
    <message>
        <source>Suggested amount: %1</source>
        <translation>金額・数量の提案: %1</translation>
    </message>
    <message>
        <source>Suggested deadline: %1</source>
        <translation>期限の提案: %1</translation>
    </message>
</context>
<context>
    <name>Gleaner::CommandLine</name>
    <message>
        <source>Import articles from files, standard input or URLs</source>
        <translation>ファイル、標準入力、URL から記事をインポートします</translation>
    </message>
    <message>
        <source>Add an annotation to an article</source>
        <translation>記事に注釈を追加します</translation>
    </message>
    <message>
        <source>List the articles of a library</source>
        <translation>ライブラリの記事を一覧表示します</translation>
    </message>
    <message>
        <source>Show an article with its annotations</source>
        <translation>記事を注釈付きで表示します</translation>
    </message>
    <message>
        <source>Export annotations to CSV</source>
        <translation>注釈を CSV にエクスポートします</translation>
    </message>
    <message>
        <source>Check a library&apos;s format and integrity</source>
        <translation>ライブラリの形式と整合性を検査します</translation>
    </message>
    <message>
        <source>Clean a web page or pasted text into an article</source>
        <translation>Web ページや貼り付けたテキストを整形して記事にします</translation>
    </message>
    <message>
        <source>Find amounts and deadlines in a text</source>
        <translation>テキストから金額・数量と期限を見つけます</translation>
    </message>
    <message>
        <source>Gleaner %1 — a reader and annotator for technology news.</source>
        <translation>Gleaner %1 — テクノロジーニュースのリーダー兼注釈ツール。</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>start the window</source>
        <translation>ウィンドウを起動</translation>
    </message>
    <message>
        <source>run a command</source>
        <translation>コマンドを実行</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run “gleaner COMMAND --help” for a command&apos;s options.</source>
        <translation>各コマンドのオプションについては「gleaner COMMAND --help」を実行してください。</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 bad input or failed operation, 2 bad usage.</source>
        <translation>終了ステータス: 0 成功、1 入力が不正または操作が失敗、2 使い方が不正。</translation>
    </message>
    <message>
        <source>“%1” is not a command. Run “gleaner --help” for the list.</source>
        <translation>「%1」はコマンドではありません。一覧は「gleaner --help」を実行して確認してください。</translation>
    </message>
    <message>
        <source>Use this title instead of the one found.</source>
        <translation>検出されたタイトルの代わりにこのタイトルを使用します。</translation>
    </message>
    <message>
        <source>The article&apos;s URL, for a file or pasted text.</source>
        <translation>記事の URL (ファイルまたは貼り付けたテキストの場合)。</translation>
    </message>
    <message>
        <source>The publication date, YYYY-MM-DD.</source>
        <translation>公開日 (YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>Import an article already in the library as a new version (the old one is kept).</source>
        <translation>ライブラリにすでにある記事を新しいバージョンとしてインポートします (古いものは残ります)。</translation>
    </message>
    <message>
        <source>Network transfer timeout in seconds (default 30).</source>
        <translation>ネットワーク転送のタイムアウト秒数 (既定値 30)。</translation>
    </message>
    <message>
        <source>Largest page to download, in bytes (default 20 MB).</source>
        <translation>ダウンロードするページの最大サイズ (バイト単位、既定値 20 MB)。</translation>
    </message>
    <message>
        <source>A file (HTML or text), - for standard input, or an http(s) URL.</source>
        <translation>ファイル (HTML またはテキスト)、標準入力の場合は -、または http(s) の URL。</translation>
    </message>
    <message>
        <source>import needs --library LIB.</source>
        <translation>import には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>import needs at least one SOURCE: a file, - for standard input, or a URL.</source>
        <translation>import には SOURCE を 1 つ以上指定する必要があります: ファイル、標準入力の場合は -、または URL。</translation>
    </message>
    <message>
        <source>--published must be a date written as YYYY-MM-DD.</source>
        <translation>--published には YYYY-MM-DD 形式の日付を指定してください。</translation>
    </message>
    <message>
        <source>Not imported again; use --new-version to keep both.</source>
        <translation>再インポートはしませんでした。両方を残すには --new-version を使用してください。</translation>
    </message>
    <message>
        <source>The article id (see gleaner list).</source>
        <translation>記事 ID (gleaner list で確認できます)。</translation>
    </message>
    <message>
        <source>pillar, amount, deadline or note.</source>
        <translation>pillar (重点分野)、amount (金額・数量)、deadline (期限)、note (メモ) のいずれか。</translation>
    </message>
    <message>
        <source>Start offset (UTF-16 units) in the article text.</source>
        <translation>記事本文内の開始オフセット (UTF-16 単位)。</translation>
    </message>
    <message>
        <source>End offset, exclusive.</source>
        <translation>終了オフセット (この位置は含みません)。</translation>
    </message>
    <message>
        <source>The pillar it names or belongs to (created if new).</source>
        <translation>注釈が示す、または属する重点分野 (存在しない場合は作成されます)。</translation>
    </message>
    <message>
        <source>The amount as a plain decimal (10000000000).</source>
        <translation>金額・数量 (区切りなしの 10 進数、例: 10000000000)。</translation>
    </message>
    <message>
        <source>ISO 4217 currency code (USD).</source>
        <translation>ISO 4217 通貨コード (例: USD)。</translation>
    </message>
    <message>
        <source>The counted noun (engineer).</source>
        <translation>数える対象の名詞 (例: engineer)。</translation>
    </message>
    <message>
        <source>up to, more than, about, ...</source>
        <translation>up to、more than、about などの修飾語。</translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD.</source>
        <translation>期日 (YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>day, month, quarter or year.</source>
        <translation>day (日)、month (月)、quarter (四半期)、year (年) のいずれか。</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>メモ。</translation>
    </message>
    <message>
        <source>annotate needs --library LIB.</source>
        <translation>annotate には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>annotate needs --%1.</source>
        <translation>annotate には --%1 が必要です。</translation>
    </message>
    <message>
        <source>--article must be an article id (a whole number).</source>
        <translation>--article には記事 ID (整数) を指定してください。</translation>
    </message>
    <message>
        <source>--kind must be pillar, amount, deadline or note.</source>
        <translation>--kind には pillar (重点分野)、amount (金額・数量)、deadline (期限)、note (メモ) のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Give either --currency or --unit, not both.</source>
        <translation>--currency と --unit はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--due must be a valid date written as YYYY-MM-DD.</source>
        <translation>--due には YYYY-MM-DD 形式の有効な日付を指定してください。</translation>
    </message>
    <message>
        <source>--precision must be day, month, quarter or year.</source>
        <translation>--precision には day (日)、month (月)、quarter (四半期)、year (年) のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--precision goes with --due.</source>
        <translation>--precision は --due と一緒に指定してください。</translation>
    </message>
    <message>
        <source>A pillar annotation needs --pillar NAME.</source>
        <translation>重点分野の注釈には --pillar NAME が必要です。</translation>
    </message>
    <message>
        <source>Print one JSON object per line.</source>
        <translation>1 行に 1 つの JSON オブジェクトを出力します。</translation>
    </message>
    <message>
        <source>list needs --library LIB.</source>
        <translation>list には --library LIB が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>注釈 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>JSON オブジェクトを 1 つ出力します。</translation>
    </message>
    <message>
        <source>show needs --library LIB.</source>
        <translation>show には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>show needs --article ID (a whole number).</source>
        <translation>show には --article ID (整数) が必要です。</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>タイトル: %1</translation>
    </message>
    <message>
        <source>Byline: %1</source>
        <translation>著者: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>サイト: %1</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>公開日: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Annotations: %1</source>
        <translation>注釈: %1</translation>
    </message>
    <message>
        <source>pillar %1</source>
        <translation>重点分野 %1</translation>
    </message>
    <message>
        <source>due %1 (%2)</source>
        <translation>期限 %1 (%2)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>メモ: %1</translation>
    </message>
    <message>
        <source>Write CSV to this file, or - for standard output.</source>
        <translation>CSV をこのファイルに書き出します (標準出力の場合は -)。</translation>
    </message>
    <message>
        <source>Only this article&apos;s annotations.</source>
        <translation>この記事の注釈のみ。</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (for Excel).</source>
        <translation>先頭に UTF-8 のバイトオーダーマークを付けます (Excel 用)。</translation>
    </message>
    <message>
        <source>export needs --library LIB.</source>
        <translation>export には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>export needs --csv OUT (a file name, or - for standard output).</source>
        <translation>export には --csv OUT (ファイル名、または標準出力の場合は -) が必要です。</translation>
    </message>
    <message>
        <source>check needs --library LIB.</source>
        <translation>check には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>スキーマバージョン: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>整合性: %1</translation>
    </message>
    <message>
        <source>articles: %1</source>
        <translation>記事: %1</translation>
    </message>
    <message>
        <source>annotations: %1</source>
        <translation>注釈: %1</translation>
    </message>
    <message>
        <source>pillars: %1</source>
        <translation>重点分野: %1</translation>
    </message>
    <message>
        <source>the library is damaged; keep this file and use a backup copy.</source>
        <translation>ライブラリが破損しています。このファイルは残したまま、バックアップコピーを使用してください。</translation>
    </message>
    <message>
        <source>Where the page came from (for relative links).</source>
        <translation>ページの取得元 (相対リンクの解決に使用)。</translation>
    </message>
    <message>
        <source>The page&apos;s character set, if known.</source>
        <translation>ページの文字コード (わかっている場合)。</translation>
    </message>
    <message>
        <source>text (body only), json or html. Default: text.</source>
        <translation>text (本文のみ)、json、html のいずれか。既定値: text。</translation>
    </message>
    <message>
        <source>Write DIR/&lt;name&gt;.txt or .json for each FILE.</source>
        <translation>FILE ごとに DIR/&lt;name&gt;.txt または .json を書き出します。</translation>
    </message>
    <message>
        <source>HTML or text file (.html.gz too), or - for standard input.</source>
        <translation>HTML またはテキストファイル (.html.gz も可)、標準入力の場合は -。</translation>
    </message>
    <message>
        <source>--format must be text, json or html.</source>
        <translation>--format には text、json、html のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>clean needs a FILE, or - for standard input.</source>
        <translation>clean には FILE (標準入力の場合は -) が必要です。</translation>
    </message>
    <message>
        <source>clean takes one FILE; use --out-dir DIR for several.</source>
        <translation>clean に指定できる FILE は 1 つです。複数の場合は --out-dir DIR を使用してください。</translation>
    </message>
    <message>
        <source>--out-dir writes text or json.</source>
        <translation>--out-dir で書き出せるのは text または json です。</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>フォルダー「%1」を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>「%1」に書き込めません: %2。</translation>
    </message>
    <message>
        <source>Resolve dates against this day, YYYY-MM-DD (default: today).</source>
        <translation>日付をこの日を基準に解釈します (YYYY-MM-DD、既定値: 今日)。</translation>
    </message>
    <message>
        <source>Read lines {&quot;id&quot;,&quot;text&quot;,&quot;published&quot;} from IN.jsonl.</source>
        <translation>IN.jsonl から {&quot;id&quot;,&quot;text&quot;,&quot;published&quot;} 形式の行を読み込みます。</translation>
    </message>
    <message>
        <source>A text file, or - / nothing for standard input.</source>
        <translation>テキストファイル (標準入力の場合は - または省略)。</translation>
    </message>
    <message>
        <source>%1: %2. Check the path.</source>
        <translation>%1: %2。パスを確認してください。</translation>
    </message>
    <message>
        <source>suggest takes one FILE.</source>
        <translation>suggest に指定できる FILE は 1 つです。</translation>
    </message>
    <message>
        <source>note: %1 is written to %2, as another input takes the shorter name.</source>
        <translation>注意: 別の入力が短い名前を使うため、%1 は %2 に書き出します。</translation>
    </message>
    <message>
        <source>Delete an article with its annotations</source>
        <translation>記事をその注釈とともに削除します</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Run “gleaner %1 --help” for its options.</source>
        <translation>オプションについては「gleaner %1 --help」を実行してください。</translation>
    </message>
    <message>
        <source>Usage: gleaner %1</source>
        <translation>使い方: gleaner %1</translation>
    </message>
    <message>
        <source>Could not write the output: %1. Check the free disk space, or that the program reading it is still running.</source>
        <translation>出力を書き込めませんでした: %1。ディスクの空き容量、または出力を読み取るプログラムがまだ動いているかを確認してください。</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>書き込みに失敗しました</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of at least %2.</source>
        <translation>--%1 には %2 以上の整数を指定してください。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください。</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from %2 to %3.</source>
        <translation>--%1 には %2 から %3 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>The article to delete (see gleaner list).</source>
        <translation>削除する記事 (gleaner list を参照)。</translation>
    </message>
    <message>
        <source>Delete without asking.</source>
        <translation>確認せずに削除します。</translation>
    </message>
    <message>
        <source>delete needs --library LIB.</source>
        <translation>delete には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>delete needs --article ID.</source>
        <translation>delete には --article ID が必要です。</translation>
    </message>
    <message>
        <source>delete asks before deleting, and standard input is not a terminal; add --yes to delete article %1 without asking.</source>
        <translation>delete は削除の前に確認しますが、標準入力が端末ではありません。確認せずに記事 %1 を削除するには --yes を付けてください。</translation>
    </message>
    <message numerus="yes">
        <source>Delete article %1 “%2” and its %n annotation(s)? [y/N] </source>
        <translation>
            <numerusform>記事 %1「%2」とその注釈 %n 件を削除しますか? [y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除しませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted article %1 “%2” and its %n annotation(s).</source>
        <translation>
            <numerusform>記事 %1「%2」とその注釈 %n 件を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>標準出力に書き込めません。</translation>
    </message>
    <message>
        <source>Could not write the CSV to standard output: %1.</source>
        <translation>CSV を標準出力に書き込めませんでした: %1。</translation>
    </message>
    <message>
        <source>Could not write the output: %1.</source>
        <translation>出力を書き込めませんでした: %1。</translation>
    </message>
    <message>
        <source>With --library: what the window proposes for this article (amounts, deadlines, pillars).</source>
        <translation>--library と併用: この記事についてウィンドウが提案する内容 (金額・数量、期限、重点分野)。</translation>
    </message>
    <message>
        <source>With --article: accept the proposal of this index, as the window&apos;s Enter does (repeatable).</source>
        <translation>--article と併用: この番号の提案を、ウィンドウで Enter を押したときと同じように採用します (複数指定可)。</translation>
    </message>
    <message>
        <source>suggest for an article needs both --library LIB and --article ID.</source>
        <translation>記事への提案には --library LIB と --article ID の両方が必要です。</translation>
    </message>
    <message>
        <source>--accept takes the index of a proposal (0, 1, …) as listed without it.</source>
        <translation>--accept には、--accept なしで一覧表示したときの提案の番号 (0, 1, …) を指定してください。</translation>
    </message>
    <message>
        <source>note: upgrading “%1” to library format %2; this may take a while for a large library.</source>
        <translation>注意: 「%1」をライブラリ形式 %2 に更新しています。大きなライブラリでは時間がかかることがあります。</translation>
    </message>
    <message>
        <source>note: the library as it was is kept as “%1”.</source>
        <translation>注意: 更新前のライブラリは「%1」として残してあります。</translation>
    </message>
    <message>
        <source>“%1” is read-only, and this command changes it. Work on a copy in a folder you can write to, or make the file writable.</source>
        <translation>「%1」は読み取り専用ですが、このコマンドはライブラリを変更します。書き込みできるフォルダーのコピーで作業するか、ファイルを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>--library and --article work on an article of a library: they take no FILE, --batch or --published (the article&apos;s own date is used).</source>
        <translation>--library と --article はライブラリの記事を対象にします。FILE、--batch、--published は指定できません (記事自身の日付を使います)。</translation>
    </message>
    <message>
        <source>--accept goes with --library LIB --article ID.</source>
        <translation>--accept は --library LIB --article ID と一緒に指定してください。</translation>
    </message>
    <message>
        <source>--batch reads its own file; give no FILE with it.</source>
        <translation>--batch は指定したファイルを読みます。FILE は指定しないでください。</translation>
    </message>
    <message numerus="yes">
        <source>There is no proposal %1; the article has %n proposal(s). Run the command without --accept to list them (their indexes change as proposals are accepted).</source>
        <translation>
            <numerusform>提案 %1 はありません。この記事の提案は %n 件です。--accept を付けずに実行すると一覧が表示されます (提案を受け入れると番号が変わります)。</numerusform>
        </translation>
    </message>
    <message>
        <source>List, propose or export commitments</source>
        <translation>コミットメントを一覧・提案・エクスポートする</translation>
    </message>
    <message>
        <source>Add up commitments by pillar, actor, year or currency</source>
        <translation>コミットメントを重点分野・主体・年・通貨ごとに合計する</translation>
    </message>
    <message>
        <source>List the commitments Gleaner proposes for every article (or --article), instead of the stored ones.</source>
        <translation>保存済みのものではなく、Gleaner が各記事 (または --article) について提案するコミットメントを一覧します。</translation>
    </message>
    <message>
        <source>With --propose: store them, as the window&apos;s Accept does; reports of a stored commitment are merged into it.</source>
        <translation>--propose と併用: ウィンドウの「採用」と同じように保存します。保存済みのコミットメントと同じ報道はそれに統合されます。</translation>
    </message>
    <message>
        <source>Only this article.</source>
        <translation>この記事のみ。</translation>
    </message>
    <message>
        <source>One JSON object per line (the default).</source>
        <translation>1 行に 1 つの JSON オブジェクト (既定)。</translation>
    </message>
    <message>
        <source>Write a Markdown report (totals and quotes) to this file, or - for standard output.</source>
        <translation>Markdown のレポート (合計と引用) をこのファイルに書き込みます。- で標準出力。</translation>
    </message>
    <message>
        <source>commitments needs --library LIB.</source>
        <translation>commitments には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>--accept goes with --propose: it stores the proposed commitments.</source>
        <translation>--accept は --propose と一緒に使います。提案されたコミットメントを保存します。</translation>
    </message>
    <message>
        <source>Choose one of --json, --csv and --markdown.</source>
        <translation>--json、--csv、--markdown のいずれか 1 つを選んでください。</translation>
    </message>
    <message>
        <source>pillar, actor, year (of the deadline) or currency.</source>
        <translation>pillar (重点分野)、actor (主体)、year (期限の年)、currency (通貨) のいずれか。</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>1 行に 1 つの JSON オブジェクト。</translation>
    </message>
    <message>
        <source>totals needs --library LIB.</source>
        <translation>totals には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>totals needs --by pillar, actor, year or currency.</source>
        <translation>totals には --by pillar、actor、year、currency のいずれかが必要です。</translation>
    </message>
    <message>
        <source>List or set the currency rates totals may convert with</source>
        <translation>合計の換算に使う通貨レートを一覧・設定する</translation>
    </message>
    <message>
        <source>Convert amounts to this currency with the library&apos;s rates (see gleaner rates).</source>
        <translation>ライブラリのレートで金額をこの通貨に換算します (gleaner rates を参照)。</translation>
    </message>
    <message>
        <source>Set a rate: CUR=RATE, one CUR worth RATE of --to.</source>
        <translation>レートを設定します: CUR=RATE (1 CUR が --to の通貨で RATE に相当)。</translation>
    </message>
    <message>
        <source>Remove the rate of this currency to --to.</source>
        <translation>この通貨から --to の通貨へのレートを削除します。</translation>
    </message>
    <message>
        <source>The currency the rate converts to.</source>
        <translation>レートの換算先の通貨。</translation>
    </message>
    <message>
        <source>The day the rate holds, YYYY-MM-DD (default: today).</source>
        <translation>レートの基準日 (YYYY-MM-DD、既定: 今日)。</translation>
    </message>
    <message>
        <source>rates needs --library LIB.</source>
        <translation>rates には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>Give --set or --remove, not both.</source>
        <translation>--set か --remove のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--set and --remove need --to CUR, the currency the rate converts to.</source>
        <translation>--set と --remove には換算先の通貨 --to CUR が必要です。</translation>
    </message>
    <message>
        <source>--set takes CUR=RATE, e.g. EUR=1.08.</source>
        <translation>--set には CUR=RATE の形式で指定してください (例: EUR=1.08)。</translation>
    </message>
    <message>
        <source>--as-of must be a date written as YYYY-MM-DD.</source>
        <translation>--as-of には YYYY-MM-DD 形式の日付を指定してください。</translation>
    </message>
    <message>
        <source>List the annotations of every article, filtered</source>
        <translation>すべての記事の注釈を絞り込んで一覧する</translation>
    </message>
    <message>
        <source>Only this kind: pillar, amount, deadline or note (repeatable).</source>
        <translation>この種類のみ: pillar、amount、deadline、note (複数指定可)。</translation>
    </message>
    <message>
        <source>Only annotations of this pillar.</source>
        <translation>この重点分野の注釈のみ。</translation>
    </message>
    <message>
        <source>Only the evidence of this actor&apos;s commitments.</source>
        <translation>この主体のコミットメントの根拠のみ。</translation>
    </message>
    <message>
        <source>Only articles of this site.</source>
        <translation>このサイトの記事のみ。</translation>
    </message>
    <message>
        <source>Only annotations whose quote or note has these words.</source>
        <translation>引用またはメモにこれらの語を含む注釈のみ。</translation>
    </message>
    <message>
        <source>A date, YYYY-MM-DD.</source>
        <translation>日付 (YYYY-MM-DD)。</translation>
    </message>
    <message>
        <source>findings needs --library LIB.</source>
        <translation>findings には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>Choose one of --json and --csv.</source>
        <translation>--json と --csv のどちらか一方を選んでください。</translation>
    </message>
    <message>
        <source>--kind takes pillar, amount, deadline or note.</source>
        <translation>--kind には pillar、amount、deadline、note のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--%1 must be a date written as YYYY-MM-DD.</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください。</translation>
    </message>
    <message>
        <source>There is no pillar named “%1” in this library.</source>
        <translation>このライブラリに「%1」という名前の重点分野はありません。</translation>
    </message>
    <message>
        <source>Only commitments in this pillar.</source>
        <translation>この重点分野のコミットメントのみ。</translation>
    </message>
    <message>
        <source>Only this actor&apos;s commitments.</source>
        <translation>この主体のコミットメントのみ。</translation>
    </message>
    <message>
        <source>Only commitments with an amount in this currency.</source>
        <translation>この通貨の金額を含むコミットメントのみ。</translation>
    </message>
    <message>
        <source>Subscribe to feeds, refresh them, list their items, import or export OPML</source>
        <translation>フィードを購読・更新し、項目を一覧し、OPML を読み書きする</translation>
    </message>
    <message>
        <source>The feed&apos;s id (as `gleaner feed list` shows).</source>
        <translation>フィードの ID(`gleaner feed list` が示すもの)。</translation>
    </message>
    <message>
        <source>The folder to put the feed in.</source>
        <translation>フィードを入れるフォルダー。</translation>
    </message>
    <message>
        <source>Only unread items.</source>
        <translation>未読の項目だけ。</translation>
    </message>
    <message>
        <source>Items older than this many days are not kept unless opened or starred (default 30; 0 keeps everything).</source>
        <translation>この日数より古い項目は、開いたかスターを付けたものを除いて残しません(既定 30、0 ならすべて残す)。</translation>
    </message>
    <message>
        <source>Seconds without data before a download is given up.</source>
        <translation>データが届かないままダウンロードをあきらめるまでの秒数。</translation>
    </message>
    <message>
        <source>feed needs a subcommand: add, list, refresh, items, import-opml, export-opml or remove.</source>
        <translation>feed にはサブコマンドが必要です: add、list、refresh、items、import-opml、export-opml、remove。</translation>
    </message>
    <message>
        <source>“%1” is not a feed subcommand; use add, list, refresh, items, import-opml, export-opml or remove.</source>
        <translation>「%1」は feed のサブコマンドではありません。add、list、refresh、items、import-opml、export-opml、remove のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>feed %1 needs --library LIB.</source>
        <translation>feed %1 には --library LIB が必要です。</translation>
    </message>
    <message>
        <source>feed remove needs --feed ID.</source>
        <translation>feed remove には --feed ID が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Give the http:// or https:// address of a feed or a site.</source>
        <translation>「%1」はウェブのアドレスではありません。フィードかサイトの http:// または https:// のアドレスを指定してください。</translation>
    </message>
    <message>
        <source>already subscribed to %1 (feed %2).</source>
        <translation>%1 はすでに購読しています(フィード %2)。</translation>
    </message>
    <message>
        <source>feed %1: %2</source>
        <translation>フィード %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>新しい項目 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the feeds whose refresh interval has passed and that no server asked to wait.</source>
        <translation>更新間隔が過ぎ、サーバーから待つよう求められていないフィードだけ。</translation>
    </message>
    <message>
        <source>Copy a whole library between a file and a PostgreSQL server</source>
        <translation>ライブラリ全体をファイルと PostgreSQL サーバーの間でコピーする</translation>
    </message>
    <message>
        <source>The library: a file (.gleaner), or a PostgreSQL address (postgresql://host/db, service=NAME).</source>
        <translation>ライブラリ：ファイル（.gleaner）または PostgreSQL のアドレス（postgresql://host/db、service=NAME）。</translation>
    </message>
    <message>
        <source>The library to copy: a file, or a PostgreSQL address (postgresql://host/db, service=NAME).</source>
        <translation>コピー元のライブラリ：ファイルまたは PostgreSQL のアドレス（postgresql://host/db、service=NAME）。</translation>
    </message>
    <message>
        <source>Where the copy goes: a new file, or a database on a server that holds no library or an empty one.</source>
        <translation>コピー先：新しいファイル、またはライブラリがないか空のライブラリだけがあるサーバー上のデータベース。</translation>
    </message>
    <message>
        <source>Do not report progress.</source>
        <translation>進み具合を表示しない。</translation>
    </message>
    <message>
        <source>copy needs --from SRC and --to DST.</source>
        <translation>copy には --from SRC と --to DST が必要です。</translation>
    </message>
    <message>
        <source>copied %1 of %2 rows</source>
        <translation>%2 行のうち %1 行をコピーしました</translation>
    </message>
    <message>
        <source>copied %1 articles and %2 annotations to %3</source>
        <translation>記事 %1 件と注釈 %2 件を %3 にコピーしました</translation>
    </message>
</context>
<context>
    <name>Gleaner::Commitment</name>
    <message>
        <source>(no actor)</source>
        <translation>(主体なし)</translation>
    </message>
</context>
<context>
    <name>Gleaner::CommitmentDialog</name>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Who commits, e.g. Microsoft</source>
        <translation>約束する主体 (例: トヨタ自動車)</translation>
    </message>
    <message>
        <source>To whom or where, e.g. Japan</source>
        <translation>対象または地域 (例: 日本)</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>主体(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;To or where:</source>
        <translation>対象・地域(&amp;T):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>週間</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>期間(&amp;O):</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (新規)</translation>
    </message>
    <message>
        <source>&amp;Pillars:</source>
        <translation>重点分野(&amp;P):</translation>
    </message>
    <message>
        <source>Say who commits: a company, a government or a person.</source>
        <translation>約束する主体 (企業、政府、人物) を入力してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::CommitmentExport</name>
    <message>
        <source>Proposed commitments</source>
        <translation>提案されたコミットメント</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>コミットメント</translation>
    </message>
</context>
<context>
    <name>Gleaner::CommitmentRepository</name>
    <message>
        <source>A commitment needs at least one source: a quote of an article that reports it.</source>
        <translation>コミットメントには出典が少なくとも 1 つ必要です (それを報じる記事の引用)。</translation>
    </message>
    <message>
        <source>“%1” is not a period. Write it as an ISO 8601 duration, e.g. P4Y for four years or P18M for eighteen months.</source>
        <translation>「%1」は期間ではありません。ISO 8601 の期間形式で入力してください (例: 4 年なら P4Y、18 か月なら P18M)。</translation>
    </message>
    <message>
        <source>“%1” is not an amount a commitment can promise. Write it with digits and an optional decimal point, without separators or sign, e.g. 10000000000.</source>
        <translation>「%1」はコミットメントの金額・数量として使えません。桁区切りや符号を付けずに数字 (必要なら小数点) で入力してください (例: 10000000000)。</translation>
    </message>
    <message>
        <source>“%1” is not a known ISO 4217 currency code. Use a three-letter code such as USD, EUR or JPY.</source>
        <translation>「%1」は既知の ISO 4217 通貨コードではありません。USD、EUR、JPY などの 3 文字のコードを使用してください。</translation>
    </message>
    <message>
        <source>An amount has either a currency or a unit, not both.</source>
        <translation>金額・数量には通貨か単位のどちらか一方だけを指定できます。</translation>
    </message>
    <message>
        <source>read the article</source>
        <translation>記事を読み込む</translation>
    </message>
    <message>
        <source>There is no article %1 in this library. Run “gleaner list” to see the article ids.</source>
        <translation>このライブラリに記事 %1 はありません。「gleaner list」を実行して記事 ID を確認してください。</translation>
    </message>
    <message>
        <source>The range %1–%2 is not a quote of article %3, whose text is %4 characters long (UTF-16 units).</source>
        <translation>範囲 %1–%2 は記事 %3 (本文の長さ %4 文字、UTF-16 単位) の引用になっていません。</translation>
    </message>
    <message>
        <source>read the pillars</source>
        <translation>重点分野を読み込む</translation>
    </message>
    <message>
        <source>There is no pillar %1 in this library.</source>
        <translation>このライブラリに重点分野 %1 はありません。</translation>
    </message>
    <message>
        <source>save the commitment</source>
        <translation>コミットメントを保存する</translation>
    </message>
    <message>
        <source>change the commitment</source>
        <translation>コミットメントを変更する</translation>
    </message>
    <message>
        <source>The commitment %1 is no longer in the library.</source>
        <translation>コミットメント %1 はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>delete the commitment</source>
        <translation>コミットメントを削除する</translation>
    </message>
    <message>
        <source>read the commitments</source>
        <translation>コミットメントを読み込む</translation>
    </message>
    <message>
        <source>read the commitment</source>
        <translation>コミットメントを読み込む</translation>
    </message>
    <message>
        <source>There is no commitment %1 in this library.</source>
        <translation>このライブラリにコミットメント %1 はありません。</translation>
    </message>
    <message>
        <source>count the commitments</source>
        <translation>コミットメントを数える</translation>
    </message>
    <message>
        <source>put back the commitments</source>
        <translation>コミットメントを元に戻す</translation>
    </message>
    <message>
        <source>Someone else changed the commitment of %1 after you saw it; your change was not saved, and theirs is shown. Make your change again if it is still needed.</source>
        <translation>%1 のコミットメントは、表示された後に他の人が変更しました。あなたの変更は保存されず、その人の変更が表示されています。まだ必要なら、もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::CommitmentTotals</name>
    <message>
        <source>add up the commitments</source>
        <translation>コミットメントを合計する</translation>
    </message>
    <message>
        <source>A total has more than 19 significant digits, more than Gleaner adds exactly. Narrow the totals with a filter, or check the amounts for a mistyped value.</source>
        <translation>合計の有効桁数が 19 桁を超え、Gleaner が正確に計算できる範囲を超えています。フィルターで対象を絞るか、金額・数量に入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4)</source>
        <translation>1 %1 = %2 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Gleaner::CommitmentsModel</name>
    <message>
        <source>Actor</source>
        <translation>主体</translation>
    </message>
    <message>
        <source>To or where</source>
        <translation>対象・地域</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金額・数量</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>%1, another report of commitment %2</source>
        <translation>%1 (コミットメント %2 の別の報道)</translation>
    </message>
    <message>
        <source>“%1” is not an amount Gleaner can read. Write it as a news article would, e.g. $7 billion or 1 million engineers.</source>
        <translation>「%1」は Gleaner が読み取れる金額・数量ではありません。ニュース記事の書き方で入力してください (例: $7 billion、1 million engineers)。</translation>
    </message>
</context>
<context>
    <name>Gleaner::ConversionRates</name>
    <message>
        <source>read the conversion rates</source>
        <translation>換算レートを読み込む</translation>
    </message>
    <message>
        <source>“%1” is not a known ISO 4217 currency code. Use a three-letter code such as USD, EUR or JPY.</source>
        <translation>「%1」は既知の ISO 4217 通貨コードではありません。USD、EUR、JPY などの 3 文字のコードを使用してください。</translation>
    </message>
    <message>
        <source>A currency converts to another currency, not itself.</source>
        <translation>通貨は自分自身ではなく別の通貨に換算します。</translation>
    </message>
    <message>
        <source>“%1” is not a rate. Write how many units of %2 one %3 is worth, e.g. 1.08.</source>
        <translation>「%1」はレートではありません。1 %3 が %2 でいくらに相当するかを入力してください (例: 1.08)。</translation>
    </message>
    <message>
        <source>Say on which day the rate holds, as YYYY-MM-DD.</source>
        <translation>レートの基準日を YYYY-MM-DD 形式で入力してください。</translation>
    </message>
    <message>
        <source>save the conversion rate</source>
        <translation>換算レートを保存する</translation>
    </message>
    <message>
        <source>delete the conversion rate</source>
        <translation>換算レートを削除する</translation>
    </message>
</context>
<context>
    <name>Gleaner::Copier</name>
    <message>
        <source>copy the library</source>
        <translation>ライブラリをコピーする</translation>
    </message>
    <message>
        <source>read the library to copy</source>
        <translation>コピーするライブラリを読み込む</translation>
    </message>
    <message>
        <source>“%1” already holds a library with content; Gleaner copies only into a new file or an empty library, never over one. Choose another destination.</source>
        <translation>「%1」にはすでに内容のあるライブラリがあります。Gleaner は新しいファイルか空のライブラリにだけコピーし、既存のライブラリを上書きしません。別のコピー先を選んでください。</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was written.</source>
        <translation>コピーを中止しました。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>Gleaner::CsvExporter</name>
    <message>
        <source>Could not write the CSV file: %1. Check the free disk space.</source>
        <translation>CSV ファイルを書き込めませんでした: %1。ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートはキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Choose a folder you can write to.</source>
        <translation>「%1」を作成できませんでした: %2。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2.</source>
        <translation>「%1」を開けませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Check the free disk space.</source>
        <translation>「%1」を保存できませんでした: %2。ディスクの空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::DeadlineDialog</name>
    <message>
        <source>Tag as Deadline</source>
        <translation>期限としてタグ付け</translation>
    </message>
</context>
<context>
    <name>Gleaner::DeadlineFields</name>
    <message>
        <source>&amp;Due:</source>
        <translation>期日(&amp;D):</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>精度(&amp;R):</translation>
    </message>
</context>
<context>
    <name>Gleaner::DeleteAnnotationCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
</context>
<context>
    <name>Gleaner::DeleteArticleCommand</name>
    <message>
        <source>Delete article “%1”</source>
        <translation>記事「%1」を削除</translation>
    </message>
</context>
<context>
    <name>Gleaner::DeleteCommitmentCommand</name>
    <message>
        <source>Delete commitment of %1</source>
        <translation>%1 のコミットメントを削除</translation>
    </message>
</context>
<context>
    <name>Gleaner::DeletePillarCommand</name>
    <message>
        <source>Delete pillar “%1”</source>
        <translation>重点分野「%1」を削除</translation>
    </message>
</context>
<context>
    <name>Gleaner::EditAnnotationCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
</context>
<context>
    <name>Gleaner::EditArticleCommand</name>
    <message>
        <source>Edit article properties</source>
        <translation>記事のプロパティを編集</translation>
    </message>
</context>
<context>
    <name>Gleaner::EditCommitmentCommand</name>
    <message>
        <source>Edit commitment of %1</source>
        <translation>%1 のコミットメントを編集</translation>
    </message>
</context>
<context>
    <name>Gleaner::EditPillarCommand</name>
    <message>
        <source>Change pillar “%1”</source>
        <translation>重点分野「%1」を変更</translation>
    </message>
</context>
<context>
    <name>Gleaner::ExportRows</name>
    <message>
        <source>No library is open.</source>
        <translation>ライブラリが開かれていません。</translation>
    </message>
    <message>
        <source>Could not read the annotations: %1.</source>
        <translation>注釈を読み込めませんでした: %1。</translation>
    </message>
    <message>
        <source>read the annotations</source>
        <translation>注釈を読み込む</translation>
    </message>
</context>
<context>
    <name>Gleaner::FeedItemsModel</name>
    <message>
        <source>read</source>
        <translation>既読</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>Gleaner::FeedOpml</name>
    <message numerus="yes">
        <source>%n feed(s) subscribed</source>
        <translation>
            <numerusform>%n 件のフィードを購読</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n 件は購読済み</numerusform>
        </translation>
    </message>
    <message>
        <source>The file lists no feeds.</source>
        <translation>このファイルにはフィードがありません。</translation>
    </message>
    <message>
        <source>import the subscriptions</source>
        <translation>購読を読み込む</translation>
    </message>
    <message>
        <source>Not web addresses, so left out: %1.</source>
        <translation>ウェブのアドレスではないため除外しました: %1。</translation>
    </message>
</context>
<context>
    <name>Gleaner::FeedParser</name>
    <message>
        <source>The feed declares its own XML entities, which Gleaner does not expand (they can be used to exhaust memory). Ask the site for a plain feed.</source>
        <translation>このフィードは独自の XML エンティティを宣言しています。Gleaner はこれを展開しません(メモリーを使い尽くす攻撃に使われるため)。サイトに通常のフィードを求めてください。</translation>
    </message>
    <message>
        <source>The feed ends in the middle (%1 entries read).</source>
        <translation>フィードが途中で終わっています(%1 件を読み込みました)。</translation>
    </message>
    <message>
        <source>The feed is not well-formed XML at line %1, column %2 (%3); %4 entries before that point were read.</source>
        <translation>フィードの %1 行 %2 列目が正しい XML ではありません(%3)。それより前の %4 件を読み込みました。</translation>
    </message>
    <message>
        <source>The feed holds more than %1 entries; the first %1 were read.</source>
        <translation>フィードに %1 件を超える項目があります。最初の %1 件を読み込みました。</translation>
    </message>
    <message>
        <source>This document is not a feed: it is XML whose root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or an Atom &lt;feed&gt;.</source>
        <translation>この文書はフィードではありません。ルート要素が &lt;rss&gt;、&lt;rdf:RDF&gt;、Atom の &lt;feed&gt; ではなく &lt;%1&gt; の XML です。</translation>
    </message>
    <message>
        <source>This address is a web page, not a feed.</source>
        <translation>このアドレスはウェブページで、フィードではありません。</translation>
    </message>
    <message>
        <source>The feed is not valid JSON (%1 at byte %2).</source>
        <translation>フィードが正しい JSON ではありません(%2 バイト目で %1)。</translation>
    </message>
    <message>
        <source>This JSON document is not a JSON Feed (it has no &quot;version&quot; naming jsonfeed.org).</source>
        <translation>この JSON 文書は JSON Feed ではありません(jsonfeed.org を示す &quot;version&quot; がありません)。</translation>
    </message>
</context>
<context>
    <name>Gleaner::FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>フィードのプロパティ</translation>
    </message>
    <message>
        <source>The page’s text when the feed gives only a summary</source>
        <translation>フィードが要約だけのときはページの本文</translation>
    </message>
    <message>
        <source>The feed’s text only</source>
        <translation>フィードの本文だけ</translation>
    </message>
    <message>
        <source>Always the page’s text</source>
        <translation>常にページの本文</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Opened items show:</source>
        <translation>開いた項目に表示する本文:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>更新間隔(&amp;R):</translation>
    </message>
    <message numerus="yes">
        <source>The last %n refresh(es) failed: %1</source>
        <translation>
            <numerusform>直近 %n 回の更新に失敗しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>問題:</translation>
    </message>
</context>
<context>
    <name>Gleaner::FeedRefresher</name>
    <message>
        <source>Cancelled.</source>
        <translation>取り消しました。</translation>
    </message>
    <message>
        <source>store the feed</source>
        <translation>フィードを保存する</translation>
    </message>
    <message>
        <source>record the feed&apos;s refresh</source>
        <translation>フィードの更新を記録する</translation>
    </message>
    <message>
        <source>%1 no longer sends a feed: %2 Check the address in the feed&apos;s Properties, or unsubscribe.</source>
        <translation>%1 はもうフィードを送っていません: %2 フィードのプロパティでアドレスを確かめるか、購読をやめてください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::FeedRepository</name>
    <message>
        <source>store the feed&apos;s items</source>
        <translation>フィードの項目を保存する</translation>
    </message>
    <message>
        <source>read the feed</source>
        <translation>フィードを読み込む</translation>
    </message>
    <message>
        <source>There is no feed %1 in this library.</source>
        <translation>このライブラリにフィード %1 はありません。</translation>
    </message>
    <message>
        <source>read the feed&apos;s items</source>
        <translation>フィードの項目を読み込む</translation>
    </message>
    <message>
        <source>read the feed items</source>
        <translation>フィードの項目を読み込む</translation>
    </message>
    <message>
        <source>count the feed items</source>
        <translation>フィードの項目を数える</translation>
    </message>
    <message>
        <source>read the feed item</source>
        <translation>フィードの項目を読み込む</translation>
    </message>
    <message>
        <source>There is no feed item %1 in this library; it may have been pruned.</source>
        <translation>このライブラリにフィードの項目 %1 はありません。古い項目として削除された可能性があります。</translation>
    </message>
    <message>
        <source>mark the items</source>
        <translation>項目に印を付ける</translation>
    </message>
    <message>
        <source>star the item</source>
        <translation>項目にスターを付ける</translation>
    </message>
    <message>
        <source>mark the items read</source>
        <translation>項目を既読にする</translation>
    </message>
    <message>
        <source>link the item to its article</source>
        <translation>項目を記事に結び付ける</translation>
    </message>
    <message>
        <source>remove old feed items</source>
        <translation>古いフィード項目を削除する</translation>
    </message>
    <message>
        <source>“%1” is not a feed address. Give the http:// or https:// address of a feed or of a site.</source>
        <translation>「%1」はフィードのアドレスではありません。フィードかサイトの http:// または https:// のアドレスを指定してください。</translation>
    </message>
    <message>
        <source>subscribe to the feed</source>
        <translation>フィードを購読する</translation>
    </message>
    <message>
        <source>look for the feed</source>
        <translation>フィードを探す</translation>
    </message>
    <message>
        <source>unsubscribe from the feed</source>
        <translation>フィードの購読をやめる</translation>
    </message>
    <message>
        <source>There is no feed %1 in this library. `gleaner feed list` shows the feeds.</source>
        <translation>このライブラリにフィード %1 はありません。`gleaner feed list` でフィードを確認できます。</translation>
    </message>
    <message>
        <source>change the feed&apos;s settings</source>
        <translation>フィードの設定を変更する</translation>
    </message>
    <message>
        <source>read the feeds</source>
        <translation>フィードを読み込む</translation>
    </message>
    <message>
        <source>record the feed&apos;s refresh</source>
        <translation>フィードの更新を記録する</translation>
    </message>
    <message>
        <source>record the feed&apos;s title</source>
        <translation>フィードの題名を記録する</translation>
    </message>
</context>
<context>
    <name>Gleaner::FeedSubscriber</name>
    <message>
        <source>No feed was found at %1: the page names none, and none is at the usual places (/feed, /rss.xml, /atom.xml). Look on the site for an RSS or Atom link and give that address.</source>
        <translation>%1 にフィードが見つかりません。ページはフィードを示しておらず、よくある場所(/feed、/rss.xml、/atom.xml)にもありません。サイトで RSS や Atom のリンクを探し、そのアドレスを指定してください。</translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>%1 でフィードを探しています…</translation>
    </message>
    <message>
        <source>%1 is not a feed: %2</source>
        <translation>%1 はフィードではありません: %2</translation>
    </message>
    <message>
        <source>subscribe to the feed</source>
        <translation>フィードを購読する</translation>
    </message>
    <message>
        <source>Subscribing to %1 was cancelled.</source>
        <translation>%1 の購読はキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>Storing the feed&apos;s items: %Ln left…</source>
        <translation>
            <numerusform>フィードの項目を保存しています: 残り %Ln 件…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gleaner::FeedsView</name>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>購読(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>すべて更新(&amp;R)</translation>
    </message>
    <message>
        <source>Mark All &amp;Read</source>
        <translation>すべて既読にする(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;OPML</source>
        <translation>OPML(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions…</source>
        <translation>購読をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Subscriptions…</source>
        <translation>購読をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark Read and Go to &amp;Next</source>
        <translation>既読にして次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Mark &amp;Read or Unread</source>
        <translation>既読・未読を切り替え(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Star or Unstar</source>
        <translation>スターを切り替え(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Feeds refreshed: %n new item(s); %1 of %2 feeds failed (see the Feeds tab).</source>
        <translation>
            <numerusform>フィードを更新しました: 新しい項目 %n 件。%2 件中 %1 件のフィードが失敗しました(フィードタブを参照)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feeds refreshed: %n new item(s).</source>
        <translation>
            <numerusform>フィードを更新しました: 新しい項目 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>All Unread (%1)</source>
        <translation>すべての未読 (%1)</translation>
    </message>
    <message>
        <source>All Unread</source>
        <translation>すべての未読</translation>
    </message>
    <message>
        <source>Starred (%1)</source>
        <translation>スター付き (%1)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>スター付き</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Failed %n time(s) in a row: %1</source>
        <translation>
            <numerusform>%n 回続けて失敗: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No feeds yet. Subscribe with the address of a news site or of its feed.</source>
        <translation>まだフィードがありません。ニュースサイトかそのフィードのアドレスで購読してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n refresh(es) failed: %1</source>
        <translation>
            <numerusform>直近 %n 回の更新に失敗しました: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <source>Press Enter to read it as an article of the library and annotate it.</source>
        <translation>Enter を押すと、ライブラリの記事として読み、注釈を付けられます。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>プロパティ(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>購読をやめる(&amp;U)…</translation>
    </message>
    <message>
        <source>Looking for a feed at %1…</source>
        <translation>%1 でフィードを探しています…</translation>
    </message>
    <message>
        <source>Could not subscribe: %1</source>
        <translation>購読できませんでした: %1</translation>
    </message>
    <message>
        <source>Already subscribed to “%1”.</source>
        <translation>「%1」はすでに購読しています。</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to “%1”: %n item(s).</source>
        <translation>
            <numerusform>「%1」を購読しました: %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no feeds to refresh. Subscribe to one first.</source>
        <translation>更新するフィードがありません。まずフィードを購読してください。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>Could not import the subscriptions in “%1”: %2</source>
        <translation>「%1」の購読をインポートできませんでした: %2</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Choose a folder you can write to.</source>
        <translation>「%1」を保存できませんでした: %2。書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Saved the subscriptions to “%1”.</source>
        <translation>購読を「%1」に保存しました。</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML ファイル (*.opml *.xml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>購読をインポート</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML ファイル (*.opml)</translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>購読をエクスポート</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its items go too; the articles made from them stay in the library with their annotations.</source>
        <translation>「%1」の購読をやめますか? その項目も削除されます。項目から作った記事は注釈とともにライブラリに残ります。</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>購読をやめる</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”.</source>
        <translation>「%1」の購読をやめました。</translation>
    </message>
</context>
<context>
    <name>Gleaner::FetchJob</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>in 1 second</source>
        <translation>1 秒後</translation>
    </message>
    <message>
        <source>in %1 seconds</source>
        <translation>%1 秒後</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address. Check it for typos; it should start with http:// or https://.</source>
        <translation>「%1」は有効な Web アドレスではありません。入力ミスがないか確認してください。アドレスは http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Gleaner downloads only http and https addresses, not %1: addresses (%2). To import a file on this computer, use Import File instead.</source>
        <translation>Gleaner がダウンロードできるのは http と https のアドレスだけで、%1: のアドレス (%2) はダウンロードできません。このコンピューター上のファイルをインポートするには、代わりに「ファイルをインポート」を使用してください。</translation>
    </message>
    <message>
        <source>The page at %1 is %2, more than the %3 limit, so it was not downloaded. Allow a larger size if this page really is an article.</source>
        <translation>%1 のページは %2 あり、上限の %3 を超えているためダウンロードしませんでした。このページが本当に記事である場合は、より大きなサイズを許可してください。</translation>
    </message>
    <message>
        <source>The page at %1 is larger than the %2 limit; the download was stopped. Allow a larger size if this page really is an article.</source>
        <translation>%1 のページが上限の %2 を超えたため、ダウンロードを中止しました。このページが本当に記事である場合は、より大きなサイズを許可してください。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 %3 for %4 instead of sending the page. Open the link in a browser to see what the site wants.</source>
        <translation>%1 のサーバーは %4 に対してページを送らず、%2 %3 を返しました。リンクをブラウザーで開き、サイトが何を求めているか確認してください。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection after sending %2 of %3; the page arrived incomplete. Try again later.</source>
        <translation>%1 のサーバーは %3 のうち %2 を送信した時点で接続を閉じたため、ページが不完全なまま届きました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2, so the download was stopped. The server may be overloaded or the network down; try again later, or allow a longer timeout.</source>
        <translation>%1 から %2 の間何も送られてこなかったため、ダウンロードを中止しました。サーバーが過負荷になっているか、ネットワークが切断されている可能性があります。しばらくしてからもう一度試すか、より長いタイムアウトを許可してください。</translation>
    </message>
    <message>
        <source>Downloading %1 took longer than %2, so it was stopped. The server is sending very slowly; try again later, or allow a longer timeout.</source>
        <translation>%1 のダウンロードに %2 以上かかったため、中止しました。サーバーからの送信が非常に遅くなっています。しばらくしてからもう一度試すか、より長いタイムアウトを許可してください。</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>%1 のダウンロードはキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 is a PDF document. PDF documents are not supported; save the article&apos;s text and import it as a file.</source>
        <translation>%1 は PDF 文書です。PDF 文書には対応していません。記事の本文を保存し、ファイルとしてインポートしてください。</translation>
    </message>
    <message>
        <source>%1 is an image (%2), not an article. Images are not supported; import the address of the page that shows it.</source>
        <translation>%1 は記事ではなく画像 (%2) です。画像には対応していません。その画像を表示しているページのアドレスをインポートしてください。</translation>
    </message>
    <message>
        <source>%1 is of type %2, which Gleaner cannot read; it imports web pages (HTML, XHTML) and plain text. Check that the address points to the article itself.</source>
        <translation>%1 の種類は %2 で、Gleaner では読み込めません。インポートできるのは Web ページ (HTML、XHTML) とプレーンテキストです。アドレスが記事そのものを指しているか確認してください。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The server at %1 answered %2: it limits how often its pages can be downloaded.</source>
        <translation>%1 のサーバーは %2 を返しました。このサーバーはページをダウンロードできる頻度を制限しています。</translation>
    </message>
    <message>
        <source>It asks to try again %1.</source>
        <translation>%1に再試行するよう求めています。</translation>
    </message>
    <message>
        <source>Wait a while and try again.</source>
        <translation>しばらく待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 for %3: there is no page at this address. Check the address; the article may have moved or been removed.</source>
        <translation>%1 のサーバーは %3 に対して %2 を返しました。このアドレスにはページがありません。アドレスを確認してください。記事が移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 for %3: it refuses to send this page. The article may need a login or the site may block downloads; open it in a browser, save the page and import it as a file.</source>
        <translation>%1 のサーバーは %3 に対して %2 を返しました。このページの送信を拒否しています。記事の閲覧にログインが必要か、サイトがダウンロードをブロックしている可能性があります。ブラウザーで開いてページを保存し、ファイルとしてインポートしてください。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 for %3: the problem is on the site&apos;s side and usually temporary.</source>
        <translation>%1 のサーバーは %3 に対して %2 を返しました。問題はサイト側にあり、通常は一時的なものです。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at %1 answered %2 for %3 and did not send the page. Check the address, or open it in a browser.</source>
        <translation>%1 のサーバーは %3 に対して %2 を返し、ページを送信しませんでした。アドレスを確認するか、ブラウザーで開いてください。</translation>
    </message>
    <message>
        <source>The server %1 could not be found (its name does not resolve). Check the address for typos and that this computer is online.</source>
        <translation>サーバー %1 が見つかりませんでした (名前を解決できません)。アドレスに入力ミスがないか、このコンピューターがオンラインになっているかを確認してください。</translation>
    </message>
    <message>
        <source>The server %1 refused the connection on port %2. The site may be down or the address may be wrong; check it, or try again later.</source>
        <translation>サーバー %1 がポート %2 への接続を拒否しました。サイトが停止しているか、アドレスが間違っている可能性があります。アドレスを確認するか、しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Gleaner does not open pages whose certificate cannot be trusted. Check the address and this computer&apos;s date and time; if they are right, the site&apos;s certificate needs fixing by its owners.</source>
        <translation>%1 への安全な接続に失敗しました: %2。Gleaner は証明書を信頼できないページを開きません。アドレスと、このコンピューターの日付と時刻を確認してください。それらが正しい場合は、サイトの証明書をサイトの管理者が修正する必要があります。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection in the middle of the page; it arrived incomplete. Try again later.</source>
        <translation>%1 のサーバーがページの途中で接続を閉じたため、ページが不完全なまま届きました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection without answering. Try again later.</source>
        <translation>%1 のサーバーが応答せずに接続を閉じました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. The server may be overloaded or the network down; try again later.</source>
        <translation>%1 への接続がタイムアウトしました。サーバーが過負荷になっているか、ネットワークが切断されている可能性があります。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The proxy server failed while downloading %1: %2. Check the system&apos;s proxy settings.</source>
        <translation>%1 のダウンロード中にプロキシサーバーでエラーが発生しました: %2。システムのプロキシ設定を確認してください。</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2. Check the address and the network connection, then try again.</source>
        <translation>%1 のダウンロードに失敗しました: %2。アドレスとネットワーク接続を確認してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::FileProbe</name>
    <message>
        <source>“%1” is a link to “%2”, which does not exist. Fix the link or choose the library file itself.</source>
        <translation>「%1」は存在しない「%2」へのリンクです。リンクを修正するか、ライブラリのファイルそのものを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Gleaner library. Choose a .gleaner file inside it.</source>
        <translation>「%1」はフォルダーで、Gleaner のライブラリではありません。その中の .gleaner ファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a named pipe (FIFO), not a library file. A library must be a regular file; choose a .gleaner file.</source>
        <translation>「%1」は名前付きパイプ (FIFO) で、ライブラリのファイルではありません。ライブラリは通常のファイルである必要があります。.gleaner ファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a device, not a library file. Choose a .gleaner file.</source>
        <translation>「%1」はデバイスで、ライブラリのファイルではありません。.gleaner ファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a socket, not a library file. Choose a .gleaner file.</source>
        <translation>「%1」はソケットで、ライブラリのファイルではありません。.gleaner ファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file. Choose a .gleaner file.</source>
        <translation>「%1」は通常のファイルではありません。.gleaner ファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a symbolic link that leads back to itself (a loop), so it names no file. Fix or remove the link.</source>
        <translation>「%1」は自分自身に戻るシンボリックリンク (ループ) のため、どのファイルも指していません。リンクを修正するか削除してください。</translation>
    </message>
    <message>
        <source>Cannot reach “%1”: a folder on the way cannot be searched, or is not a folder. Check the path and the folders&apos; permissions.</source>
        <translation>「%1」にたどり着けません: 途中のフォルダーを検索できないか、フォルダーではありません。パスとフォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>“%1” is a link to “%2”, which does not exist. Fix the link or choose the file itself.</source>
        <translation>「%1」は存在しない「%2」へのリンクです。リンクを修正するか、ファイルそのものを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose a file inside it.</source>
        <translation>「%1」はフォルダーで、ファイルではありません。その中のファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name for the output.</source>
        <translation>「%1」はフォルダーです。出力のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file. Choose a file.</source>
        <translation>「%1」は通常のファイルではありません。ファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::FindBar</name>
    <message>
        <source>Find in the article</source>
        <translation>記事内を検索</translation>
    </message>
    <message>
        <source>Previous (Shift+F3)</source>
        <translation>前へ (Shift+F3)</translation>
    </message>
    <message>
        <source>Next (F3)</source>
        <translation>次へ (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Gleaner::FindingsModel</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額・数量</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
</context>
<context>
    <name>Gleaner::FindingsView</name>
    <message>
        <source>&amp;Propose for Library…</source>
        <translation>ライブラリ全体で提案(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>採用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Proposed commitments</source>
        <translation>提案されたコミットメント</translation>
    </message>
    <message>
        <source>Search quotes and notes</source>
        <translation>引用とメモを検索</translation>
    </message>
    <message>
        <source>Any currency</source>
        <translation>すべての通貨</translation>
    </message>
    <message>
        <source>Commitments as &amp;CSV…</source>
        <translation>コミットメントを CSV で(&amp;C)…</translation>
    </message>
    <message>
        <source>Commitments as &amp;JSON…</source>
        <translation>コミットメントを JSON で(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Markdown Report…</source>
        <translation>Markdown レポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Timeline as &amp;PNG…</source>
        <translation>タイムラインを PNG で(&amp;P)…</translation>
    </message>
    <message>
        <source>Timeline as &amp;SVG…</source>
        <translation>タイムラインを SVG で(&amp;S)…</translation>
    </message>
    <message>
        <source>By pillar</source>
        <translation>重点分野別</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>主体別</translation>
    </message>
    <message>
        <source>By year due</source>
        <translation>期限の年別</translation>
    </message>
    <message>
        <source>By currency or unit</source>
        <translation>通貨・単位別</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation>通貨または単位</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報道数</translation>
    </message>
    <message>
        <source>Counting every report</source>
        <translation>報道ごとに数えた場合</translation>
    </message>
    <message>
        <source>Rows by pillar</source>
        <translation>行: 重点分野別</translation>
    </message>
    <message>
        <source>Rows by actor</source>
        <translation>行: 主体別</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Any pillar</source>
        <translation>すべての重点分野</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>注釈 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>コミットメント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed commitment(s)</source>
        <translation>
            <numerusform>提案されたコミットメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding commitments in every article…</source>
        <translation>すべての記事からコミットメントを探しています…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n commitment(s) proposed so far.</source>
        <translation>
            <numerusform>中止しました: これまでに %n 件のコミットメントを提案しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) proposed.</source>
        <translation>
            <numerusform>%n 件のコミットメントを提案しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Commitment</source>
        <translation>コミットメントの編集</translation>
    </message>
    <message>
        <source>Export Commitments</source>
        <translation>コミットメントのエクスポート</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Files (*%1)</source>
        <translation>ファイル (*%1)</translation>
    </message>
    <message>
        <source>Exporting commitments…</source>
        <translation>コミットメントをエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n commitment(s) to “%1”.</source>
        <translation>
            <numerusform>%n 件のコミットメントを「%1」にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>タイムラインのエクスポート</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Images (*%1)</source>
        <translation>画像 (*%1)</translation>
    </message>
    <message>
        <source>Saved the timeline to “%1”.</source>
        <translation>タイムラインを「%1」に保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n or more annotation(s)</source>
        <translation>
            <numerusform>注釈 %n 件以上</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rates…</source>
        <translation>レート(&amp;R)…</translation>
    </message>
    <message>
        <source>Each currency apart</source>
        <translation>通貨ごとに別々</translation>
    </message>
    <message>
        <source>Converted to %1</source>
        <translation>%1 に換算</translation>
    </message>
    <message>
        <source>Rates used: %1</source>
        <translation>使用したレート: %1</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>すべての主体</translation>
    </message>
    <message>
        <source>Any site</source>
        <translation>すべてのサイト</translation>
    </message>
    <message>
        <source>&amp;Split…</source>
        <translation>分割(&amp;S)…</translation>
    </message>
    <message>
        <source>Split Commitment</source>
        <translation>コミットメントの分割</translation>
    </message>
    <message>
        <source>Make this report a commitment of its own:</source>
        <translation>この報道を独立したコミットメントにする:</translation>
    </message>
    <message>
        <source>from: any</source>
        <translation>開始: 指定なし</translation>
    </message>
    <message>
        <source>to: any</source>
        <translation>終了: 指定なし</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>期限:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>公開日:</translation>
    </message>
</context>
<context>
    <name>Gleaner::ImportUrlDialog</name>
    <message>
        <source>Import URL</source>
        <translation>URL をインポート</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>取得中…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>整形中…</translation>
    </message>
    <message>
        <source>%1 imported, %2 failed.</source>
        <translation>%1 件をインポートしました。%2 件は失敗しました。</translation>
    </message>
</context>
<context>
    <name>Gleaner::LibraryCommands</name>
    <message>
        <source>pillar</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金額・数量</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>Gleaner::LibraryConnection</name>
    <message>
        <source>The library “%1” does not exist.</source>
        <translation>ライブラリ「%1」は存在しません。</translation>
    </message>
    <message>
        <source>“%1” has recent changes kept in “%1-wal”, which SQLite can read only in a folder where it may create “%1-shm”, and this folder is read-only. Copy the library together with its -wal file to a folder you can write to and open the copy, or make this folder writable.</source>
        <translation>「%1」の最近の変更は「%1-wal」に保存されています。SQLite がこれを読めるのは「%1-shm」を作成できるフォルダーの中だけですが、このフォルダーは読み取り専用です。ライブラリを -wal ファイルとともに書き込みできるフォルダーにコピーしてそのコピーを開くか、このフォルダーを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>open the library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2. Check that the file is readable.</source>
        <translation>「%1」を開けませんでした: %2。ファイルが読み取り可能であることを確認してください。</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). Use a backup copy of the library.</source>
        <translation>「%1」は破損していて読み込めません (%2)。ライブラリのバックアップコピーを使用してください。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Gleaner (library format %2; this version reads up to %3). Update Gleaner to open it.</source>
        <translation>「%1」は新しいバージョンの Gleaner で保存されています (ライブラリ形式 %2。このバージョンが読み込めるのは形式 %3 までです)。開くには Gleaner を更新してください。</translation>
    </message>
    <message>
        <source>switch the library to WAL</source>
        <translation>ライブラリを WAL に切り替える</translation>
    </message>
    <message>
        <source>read the library&apos;s format</source>
        <translation>ライブラリの形式を読み込む</translation>
    </message>
    <message>
        <source>Could not %1: no library is open.</source>
        <translation>%1ことができませんでした: ライブラリが開かれていません。</translation>
    </message>
    <message>
        <source>Could not %1: another program is using the library “%2”. Close the other program and try again.</source>
        <translation>%1ことができませんでした: 別のプログラムがライブラリ「%2」を使用しています。そのプログラムを終了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not %1: the library “%2” is damaged (%3). Run “gleaner check” on it and use a backup copy.</source>
        <translation>%1ことができませんでした: ライブラリ「%2」は破損しています (%3)。「gleaner check」で検査し、バックアップコピーを使用してください。</translation>
    </message>
    <message>
        <source>Could not %1: the disk reported an error (%2). Free some space or check the disk, then try again.</source>
        <translation>%1ことができませんでした: ディスクがエラーを報告しました (%2)。空き容量を確保するかディスクを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>%1ことができませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not %1: SQLite answered “%2” to “%3” where “%4” was needed. The file system may not support what a library needs (WAL needs a local disk); copy the library to a local folder.</source>
        <translation>%1ことができませんでした: SQLite は「%3」に「%4」ではなく「%2」と応答しました。このファイルシステムはライブラリに必要な機能に対応していない可能性があります (WAL にはローカルディスクが必要です)。ライブラリをローカルのフォルダーにコピーしてください。</translation>
    </message>
    <message>
        <source>“%1” is locked by another program that is writing to it. Wait for it to finish or close it, then open the library again.</source>
        <translation>「%1」は書き込み中の別のプログラムによってロックされています。そのプログラムの処理が終わるのを待つか、プログラムを終了してから、もう一度ライブラリを開いてください。</translation>
    </message>
    <message>
        <source>Could not %1.</source>
        <translation>%1ことができませんでした。</translation>
    </message>
    <message>
        <source>Could not open “%1”: it was closed while it was being opened. Try again.</source>
        <translation>「%1」を開けませんでした: 開いている途中で閉じられました。もう一度試してください。</translation>
    </message>
    <message>
        <source>The library “%1” does not exist. Check the path, or create a new library (File ▸ New Library in the window, or “gleaner import --library NEW.gleaner FILE”).</source>
        <translation>ライブラリ「%1」は存在しません。パスを確認するか、「ファイル ▸ 新しいライブラリ」(ウィンドウ) または「gleaner import --library NEW.gleaner FILE」で新しいライブラリを作成してください。</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database but not a Gleaner library. Choose a .gleaner file, or create a new library (File ▸ New Library in the window, or “gleaner import --library NEW.gleaner FILE”).</source>
        <translation>「%1」は SQLite データベースですが、Gleaner のライブラリではありません。.gleaner ファイルを選択するか、「ファイル ▸ 新しいライブラリ」(ウィンドウ) または「gleaner import --library NEW.gleaner FILE」で新しいライブラリを作成してください。</translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Gleaner and must be upgraded before it can be read, but it is open read-only. Open it in the Gleaner window, or run a command that changes it (such as “gleaner import”), where the file and its folder may be written: that upgrades it and keeps a backup.</source>
        <translation>「%1」は古いバージョンの Gleaner で保存されており、読み込む前に更新が必要ですが、読み取り専用で開かれています。ファイルとフォルダーに書き込める場所で、Gleaner のウィンドウで開くか、ライブラリを変更するコマンド (「gleaner import」など) を実行してください。バックアップを残して更新されます。</translation>
    </message>
    <message>
        <source>Could not %1: it was stopped, and the library was left as it was.</source>
        <translation>%1ことができませんでした: 中止されたため、ライブラリは元のままです。</translation>
    </message>
    <message>
        <source>Could not %1: the library “%2” is read-only. Work on a copy: File ▸ Save Library As… in the window, or copy the file to a folder you can write to.</source>
        <translation>%1ことができませんでした: ライブラリ「%2」は読み取り専用です。コピーで作業してください: ウィンドウの「ファイル ▸ 名前を付けてライブラリを保存…」を使うか、書き込みできるフォルダーにファイルをコピーします。</translation>
    </message>
    <message>
        <source>Could not %1: the library “%2” is open read-only. Work on a copy: File ▸ Save Library As… in the window, or copy the file to a folder you can write to.</source>
        <translation>%1ことができませんでした: ライブラリ「%2」は読み取り専用で開かれています。コピーで作業してください: ウィンドウの「ファイル ▸ 名前を付けてライブラリを保存…」を使うか、書き込みできるフォルダーにファイルをコピーします。</translation>
    </message>
    <message>
        <source>Opening a library on a PostgreSQL server needs Qt&apos;s PostgreSQL driver, which is not installed. Install it (apt-get install libqt6sql6-psql) and try again.</source>
        <translation>PostgreSQL サーバー上のライブラリを開くには Qt の PostgreSQL ドライバーが必要ですが、インストールされていません。インストールして（apt-get install libqt6sql6-psql）もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server of “%1” asks for a password. Keep it in ~/.pgpass (or PGPASSWORD), or type it when the window asks.</source>
        <translation>「%1」のサーバーがパスワードを求めています。~/.pgpass（または PGPASSWORD）に保存するか、ウィンドウで尋ねられたときに入力してください。</translation>
    </message>
    <message>
        <source>The server of “%1” did not accept the password (%2). Type it again.</source>
        <translation>「%1」のサーバーがパスワードを受け付けませんでした（%2）。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2. Check the address, or ask the server&apos;s administrator to create the database.</source>
        <translation>「%1」を開けませんでした：%2。アドレスを確認するか、サーバーの管理者にデータベースの作成を依頼してください。</translation>
    </message>
    <message>
        <source>Could not reach the library “%1”: %2. Check the address and that the server is running.</source>
        <translation>ライブラリ「%1」に接続できませんでした：%2。アドレスと、サーバーが動いていることを確認してください。</translation>
    </message>
    <message>
        <source>The database “%1” holds tables that are not a Gleaner library. Choose an empty database for a new library.</source>
        <translation>データベース「%1」には Gleaner のライブラリではないテーブルがあります。新しいライブラリには空のデータベースを選んでください。</translation>
    </message>
    <message>
        <source>The database “%1” holds no library yet. Create one there (File ▸ New Library in the window, or “gleaner import --library %1 FILE”).</source>
        <translation>データベース「%1」にはまだライブラリがありません。そこに作成してください（ウィンドウの［ファイル］▸［新しいライブラリ］、または「gleaner import --library %1 FILE」）。</translation>
    </message>
    <message>
        <source>The database “%1” holds no library yet, and it was opened read-only.</source>
        <translation>データベース「%1」にはまだライブラリがなく、読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>“%1” was saved by an older version of Gleaner and must be upgraded, but it is open read-only. Open it in the window to upgrade it.</source>
        <translation>「%1」は古いバージョンの Gleaner で保存されているため更新が必要ですが、読み取り専用で開かれています。ウィンドウで開いて更新してください。</translation>
    </message>
    <message>
        <source>Could not listen for other users&apos; changes to “%1”: %2.</source>
        <translation>「%1」への他のユーザーの変更を受け取れませんでした：%2。</translation>
    </message>
    <message>
        <source>Could not %1: other users kept “%2” busy with their changes for too long. Try again.</source>
        <translation>%1ことができませんでした: 他のユーザーの変更で「%2」が長く使用中でした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not %1: another user was changing the same items of “%2”. Try again.</source>
        <translation>%1ことができませんでした: 別のユーザーが「%2」の同じ項目を変更していました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not %1: the library “%2” is open read-only.</source>
        <translation>%1ことができませんでした: ライブラリ「%2」は読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>Could not %1: the server does not let this user change “%2” (%3). Ask the server&apos;s administrator for write access to the library&apos;s tables.</source>
        <translation>%1ことができませんでした: サーバーはこのユーザーに「%2」の変更を許可していません（%3）。サーバーの管理者にライブラリのテーブルへの書き込み権限を依頼してください。</translation>
    </message>
    <message>
        <source>Could not %1: the connection to the server of “%2” failed (%3). Check the network and the server, then try again; nothing was half-saved.</source>
        <translation>%1ことができませんでした: 「%2」のサーバーへの接続に失敗しました（%3）。ネットワークとサーバーを確認してからもう一度お試しください。中途半端に保存されたものはありません。</translation>
    </message>
    <message>
        <source>Could not %1: the server is out of resources (%2). Ask its administrator.</source>
        <translation>%1ことができませんでした: サーバーのリソースが不足しています（%2）。管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Could not open “%1”: the server&apos;s certificate was not made for this host name (%2). Use the name the certificate names, or ask the server&apos;s administrator.</source>
        <translation>「%1」を開くことができませんでした: サーバーの証明書はこのホスト名のためのものではありません (%2)。証明書に書かれた名前を使うか、サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Could not open “%1”: the server&apos;s certificate cannot be checked without the certificate of the authority that signed it (%2). Save that in ~/.postgresql/root.crt, or name its file with sslrootcert= in the address.</source>
        <translation>「%1」を開くことができませんでした: サーバーの証明書を確かめるには、それに署名した認証局の証明書が必要です (%2)。それを ~/.postgresql/root.crt に保存するか、アドレスの sslrootcert= でそのファイルを指定してください。</translation>
    </message>
    <message>
        <source>Could not open “%1”: the server&apos;s certificate was not signed by the authority given (%2). Check sslrootcert= in the address, or ask the server&apos;s administrator.</source>
        <translation>「%1」を開くことができませんでした: サーバーの証明書は指定された認証局の署名を受けていません (%2)。アドレスの sslrootcert= を確かめるか、サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>Could not open “%1”: the address asks for an encrypted connection, and the server offers none (%2). Ask the server&apos;s administrator to turn on SSL.</source>
        <translation>「%1」を開くことができませんでした: アドレスは暗号化された接続を求めていますが、サーバーはそれを提供していません (%2)。サーバーの管理者に SSL を有効にするよう依頼してください。</translation>
    </message>
    <message>
        <source>The server of “%1” did not let this connection in (%2). If it takes only encrypted connections, add sslmode=verify-full to the address (or sslmode=require to encrypt without checking its certificate); otherwise ask its administrator to let this user in from this computer.</source>
        <translation>「%1」のサーバーはこの接続を受け付けませんでした (%2)。サーバーが暗号化された接続しか受け付けない場合は、アドレスに sslmode=verify-full (証明書を確かめずに暗号化だけするなら sslmode=require) を加えてください。そうでなければ、このコンピューターからこのユーザーで接続できるよう管理者に依頼してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::LibraryCopy</name>
    <message>
        <source>“%1” already exists. Choose a new name; Gleaner does not overwrite a file when copying a library.</source>
        <translation>「%1」はすでに存在します。新しい名前を選んでください。Gleaner はライブラリのコピーでファイルを上書きしません。</translation>
    </message>
    <message>
        <source>“%1” is an open library. Choose a new name for the copy.</source>
        <translation>「%1」は開いているライブラリです。コピーには新しい名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::LibraryDocument</name>
    <message>
        <source>Tag as pillar “%1”</source>
        <translation>重点分野「%1」としてタグ付け</translation>
    </message>
    <message>
        <source>“%1” is already tagged as pillar “%2”.</source>
        <translation>「%1」はすでに重点分野「%2」としてタグ付けされています。</translation>
    </message>
    <message>
        <source>“%1” is already tagged with this amount.</source>
        <translation>「%1」にはすでにこの金額・数量がタグ付けされています。</translation>
    </message>
    <message>
        <source>“%1” is already tagged with this deadline.</source>
        <translation>「%1」にはすでにこの期限がタグ付けされています。</translation>
    </message>
    <message>
        <source>“%1” already has this note.</source>
        <translation>「%1」にはすでにこのメモがあります。</translation>
    </message>
    <message>
        <source>A commitment cannot be merged with itself.</source>
        <translation>コミットメントをそれ自身と統合することはできません。</translation>
    </message>
    <message>
        <source>There is no rate of %1 to %2 in this library.</source>
        <translation>このライブラリに %1 から %2 へのレートはありません。</translation>
    </message>
</context>
<context>
    <name>Gleaner::LibraryHeader</name>
    <message>
        <source>Cannot read “%1”: %2. Check that the file exists and that you may read it.</source>
        <translation>「%1」を読み込めません: %2。ファイルが存在し、読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not a Gleaner library (it is not a SQLite database). Choose a .gleaner file.</source>
        <translation>「%1」は Gleaner のライブラリではありません (SQLite データベースではありません)。.gleaner ファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is damaged: its size does not match its SQLite header (it may have been cut short while copying). Use a backup copy of the library.</source>
        <translation>「%1」は破損しています: サイズが SQLite ヘッダーと一致しません (コピー中に途中で切れた可能性があります)。ライブラリのバックアップコピーを使用してください。</translation>
    </message>
    <message>
        <source>“%1” is truncated: it holds %2 bytes but should hold %3. Use a backup copy of the library.</source>
        <translation>「%1」は途中で切れています: %3 バイトあるはずですが、%2 バイトしかありません。ライブラリのバックアップコピーを使用してください。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Gleaner (library format %2; this version reads up to %3). Update Gleaner to open it.</source>
        <translation>「%1」は新しいバージョンの Gleaner で保存されています (ライブラリ形式 %2。このバージョンが読み込めるのは形式 %3 までです)。開くには Gleaner を更新してください。</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Gleaner library. Choose another file, or create a new library (File ▸ New Library in the window, or “gleaner import --library NEW.gleaner FILE”).</source>
        <translation>「%1」は空のファイルで、Gleaner のライブラリではありません。別のファイルを選択するか、「ファイル ▸ 新しいライブラリ」(ウィンドウ) または「gleaner import --library NEW.gleaner FILE」で新しいライブラリを作成してください。</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database but not a Gleaner library. Choose a .gleaner file, or create a new library (File ▸ New Library in the window, or “gleaner import --library NEW.gleaner FILE”).</source>
        <translation>「%1」は SQLite データベースですが、Gleaner のライブラリではありません。.gleaner ファイルを選択するか、「ファイル ▸ 新しいライブラリ」(ウィンドウ) または「gleaner import --library NEW.gleaner FILE」で新しいライブラリを作成してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::LibraryRecovery</name>
    <message>
        <source>%1: %2 kept, %3 lost</source>
        <translation>%1: %2 件を保持、%3 件を損失</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name for the recovered copy.</source>
        <translation>「%1」はすでに存在します。復旧したコピーには新しい名前を選択してください。</translation>
    </message>
    <message>
        <source>Could not open the files for the recovery: %1.</source>
        <translation>復旧用のファイルを開けませんでした: %1。</translation>
    </message>
    <message>
        <source>The library&apos;s %1 table cannot be read at all (%2); nothing of it can be recovered.</source>
        <translation>ライブラリの %1 テーブルをまったく読み込めません (%2)。その内容は復旧できません。</translation>
    </message>
    <message>
        <source>The recovery was cancelled; nothing was saved.</source>
        <translation>復旧を取り消しました。何も保存していません。</translation>
    </message>
    <message>
        <source>Could not write the recovered copy. Free some space and try again.</source>
        <translation>復旧したコピーを書き込めませんでした。空き容量を確保して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not write the recovered copy (%1). Free some space or choose another disk, and try again.</source>
        <translation>復元したコピーを書き込めませんでした (%1)。空き容量を増やすか別のディスクを選んで、もう一度試してください。</translation>
    </message>
    <message>
        <source>Could not give the recovered copy the library&apos;s permissions. Choose a folder you can write to.</source>
        <translation>復元したコピーにライブラリと同じアクセス権を付けられませんでした。書き込みできるフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::LibrarySchema</name>
    <message>
        <source>Cannot create “%1”: %2. Choose a folder you can write to.</source>
        <translation>「%1」を作成できません: %2。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>SQLite did not keep the library&apos;s application id</source>
        <translation>SQLite がライブラリのアプリケーション ID を保持しませんでした</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2.</source>
        <translation>「%1」を作成できません: %2。</translation>
    </message>
    <message>
        <source>save a backup copy before upgrading the library</source>
        <translation>ライブラリをアップグレードする前にバックアップコピーを保存する</translation>
    </message>
    <message>
        <source>Gleaner is missing the upgrade step to library format %1.</source>
        <translation>Gleaner にはライブラリ形式 %1 へのアップグレード処理がありません。</translation>
    </message>
    <message>
        <source>Could not upgrade the library to format %1 (%2); it was left as it was.</source>
        <translation>ライブラリを形式 %1 にアップグレードできませんでした (%2)。ライブラリは元のまま変更されていません。</translation>
    </message>
    <message>
        <source>The upgrade of the library was stopped; the library was left as it was. Open it again to upgrade it.</source>
        <translation>ライブラリの更新を中止しました。ライブラリは元のままです。更新するにはもう一度開いてください。</translation>
    </message>
    <message>
        <source>the file system does not support the write-ahead log a library needs (WAL needs a local disk); choose a local folder</source>
        <translation>ライブラリに必要な先行書き込みログ (WAL) をこのファイルシステムは扱えません (WAL にはローカルディスクが必要です)。ローカルのフォルダーを選択してください</translation>
    </message>
    <message>
        <source>“%1” appeared while Gleaner was writing it. Choose another name.</source>
        <translation>Gleaner が書き込んでいる間に「%1」が現れました。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
        <translation>「%1」を書き込めませんでした: %2。書き込みできるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Could not %1: the copy could not be given the library&apos;s permissions. Choose a folder you can write to.</source>
        <translation>%1ことができませんでした: コピーにライブラリと同じアクセス権を付けられませんでした。書き込みできるフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::LibraryStore</name>
    <message>
        <source>No library is open.</source>
        <translation>ライブラリが開かれていません。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name; Gleaner does not overwrite a file when saving a copy.</source>
        <translation>「%1」はすでに存在します。新しい名前を選択してください。Gleaner はコピーを保存するときに既存のファイルを上書きしません。</translation>
    </message>
    <message>
        <source>save a copy of the library</source>
        <translation>ライブラリのコピーを保存する</translation>
    </message>
    <message>
        <source>check the library</source>
        <translation>ライブラリを検査する</translation>
    </message>
    <message>
        <source>an annotation refers to a missing article or pillar</source>
        <translation>存在しない記事または重点分野を参照している注釈があります</translation>
    </message>
    <message>
        <source>“%1” is an open library or one of its files. Choose a new name for the copy.</source>
        <translation>「%1」は開いているライブラリまたはその一部のファイルです。コピーには新しい名前を選択してください。</translation>
    </message>
    <message>
        <source>check the library&apos;s references</source>
        <translation>ライブラリの参照を検査する</translation>
    </message>
    <message>
        <source>the %1 table cannot be read: %2</source>
        <translation>%1 テーブルを読み込めません: %2</translation>
    </message>
    <message>
        <source>%n article(s) show a wrong number of annotations</source>
        <translation>%n 件の記事の注釈数が正しくありません</translation>
    </message>
    <message>
        <source>%n feed(s) show wrong item counts</source>
        <translation>%n 件のフィードの項目数が正しくありません</translation>
    </message>
</context>
<context>
    <name>Gleaner::MainWindow</name>
    <message>
        <source>Search titles, text, quotes and notes</source>
        <translation>タイトル、本文、引用、メモを検索</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>新しいライブラリ(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>ライブラリを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Save Library &amp;As…</source>
        <translation>名前を付けてライブラリを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;URL…</source>
        <translation>URL をインポート(&amp;U)…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation>記事を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Export Annotations to CSV…</source>
        <translation>注釈を CSV にエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Tag as &amp;Pillar…</source>
        <translation>重点分野としてタグ付け(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Tag as &amp;Amount…</source>
        <translation>金額・数量としてタグ付け(&amp;A)…</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Tag as &amp;Deadline…</source>
        <translation>期限としてタグ付け(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>メモを追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>De&amp;lete Annotation</source>
        <translation>注釈を削除(&amp;L)</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>記事のプロパティ(&amp;P)…</translation>
    </message>
    <message>
        <source>Alt+Return</source>
        <translation>Alt+Return</translation>
    </message>
    <message>
        <source>&amp;Pillars…</source>
        <translation>重点分野(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Find Articles</source>
        <translation>記事を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Gleaner</source>
        <translation>Gleaner について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Annotation Panel</source>
        <translation>注釈パネル(&amp;A)</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったライブラリ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — Gleaner</source>
        <translation>%1 — Gleaner</translation>
    </message>
    <message>
        <source>%1 [read-only] — Gleaner</source>
        <translation>%1 [読み取り専用] — Gleaner</translation>
    </message>
    <message>
        <source>The library was upgraded; the previous file was kept as %1.</source>
        <translation>ライブラリをアップグレードしました。以前のファイルは %1 として保存されています。</translation>
    </message>
    <message>
        <source>“%1” is read-only: you can read it but not change it. Use Save Library As… to work on a copy.</source>
        <translation>「%1」は読み取り専用です: 閲覧はできますが変更はできません。コピーで作業するには「名前を付けてライブラリを保存…」を使用してください。</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>すべての重点分野</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Gleaner</source>
        <translation>Gleaner</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>先に記事内のテキストを選択してください。</translation>
    </message>
    <message>
        <source>Tagged as pillar “%1”.</source>
        <translation>重点分野「%1」としてタグ付けしました。</translation>
    </message>
    <message>
        <source>There is no pillar %1; press Ctrl+P to choose or create one.</source>
        <translation>重点分野 %1 はありません。Ctrl+P を押して重点分野を選択または作成してください。</translation>
    </message>
    <message>
        <source>&amp;New Pillar…</source>
        <translation>新しい重点分野(&amp;N)…</translation>
    </message>
    <message>
        <source>New Pillar</source>
        <translation>新しい重点分野</translation>
    </message>
    <message>
        <source>Name of the pillar:</source>
        <translation>重点分野の名前:</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>「%1」へのメモ:</translation>
    </message>
    <message>
        <source>Cleaning the article…</source>
        <translation>記事を整形しています…</translation>
    </message>
    <message>
        <source>The pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 をインポートできませんでした: %2</translation>
    </message>
    <message>
        <source>Already in the Library</source>
        <translation>ライブラリに登録済み</translation>
    </message>
    <message>
        <source>“%1” is already in this library. Open the article you have, or import this one as a new version (the old one and its annotations are kept)?</source>
        <translation>「%1」はすでにこのライブラリにあります。既存の記事を開きますか? それともこの記事を新しいバージョンとしてインポートしますか? (古い記事とその注釈は残ります)</translation>
    </message>
    <message>
        <source>&amp;Open Existing</source>
        <translation>既存の記事を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Import as &amp;New Version</source>
        <translation>新しいバージョンとしてインポート(&amp;N)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>「%1」をインポートしました。</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy an article in your browser first.</source>
        <translation>クリップボードにテキストがありません。先にブラウザーで記事をコピーしてください。</translation>
    </message>
    <message>
        <source>Imported “%1”</source>
        <translation>「%1」をインポートしました</translation>
    </message>
    <message>
        <source>Already in the library (article %1); not imported again</source>
        <translation>ライブラリに登録済み (記事 %1) のため、再インポートしませんでした</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>新しいライブラリ</translation>
    </message>
    <message>
        <source>Gleaner libraries (*.gleaner)</source>
        <translation>Gleaner ライブラリ (*.gleaner)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name, or open it with Open Library….</source>
        <translation>「%1」はすでに存在します。新しい名前を選択するか、「ライブラリを開く…」で開いてください。</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>ライブラリを開く</translation>
    </message>
    <message>
        <source>Gleaner libraries (*.gleaner);;All files (*)</source>
        <translation>Gleaner ライブラリ (*.gleaner);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save a Copy of the Library</source>
        <translation>ライブラリのコピーを保存</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>コピーを「%1」として保存しました。</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>ファイルをインポート</translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.xhtml *.txt *.html.gz);;All files (*)</source>
        <translation>記事 (*.html *.htm *.xhtml *.txt *.html.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import URL</source>
        <translation>URL をインポート</translation>
    </message>
    <message>
        <source>Addresses of the articles, one per line:</source>
        <translation>記事のアドレス (1 行に 1 つ):</translation>
    </message>
    <message>
        <source>These are not http or https addresses: %1. Write each address in full, e.g. https://example.com/article.</source>
        <translation>次のアドレスは http または https のアドレスではありません: %1。各アドレスは https://example.com/article のように完全な形で入力してください。</translation>
    </message>
    <message>
        <source>Exporting annotations…</source>
        <translation>注釈をエクスポートしています…</translation>
    </message>
    <message>
        <source>Exported the annotations to “%1”.</source>
        <translation>注釈を「%1」にエクスポートしました。</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>注釈のエクスポート</translation>
    </message>
    <message>
        <source>Export the annotations of:</source>
        <translation>エクスポートする注釈:</translation>
    </message>
    <message>
        <source>The &amp;Whole Library</source>
        <translation>ライブラリ全体(&amp;W)</translation>
    </message>
    <message>
        <source>This &amp;Article</source>
        <translation>この記事(&amp;A)</translation>
    </message>
    <message>
        <source>Export Annotations to CSV</source>
        <translation>注釈を CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>About Gleaner</source>
        <translation>Gleaner について</translation>
    </message>
    <message numerus="yes">
        <source>%n or more article(s)</source>
        <translation>
            <numerusform>%n 件以上の記事</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Recovered Copy…</source>
        <translation>復旧したコピーを保存…</translation>
    </message>
    <message>
        <source>Save &amp;Recovered Copy…</source>
        <translation>復旧したコピーを保存(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>記事を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 [damaged, read-only] — Gleaner</source>
        <translation>%1 [破損・読み取り専用] — Gleaner</translation>
    </message>
    <message>
        <source>Cannot import “%1”: %2</source>
        <translation>「%1」をインポートできません: %2</translation>
    </message>
    <message>
        <source>“%1” is already open.</source>
        <translation>「%1」はすでに開いています。</translation>
    </message>
    <message>
        <source>“%1” is damaged; it was opened read-only.</source>
        <translation>「%1」は破損しているため、読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>This library is damaged (SQLite found: %1). It is open read-only and nothing will be written to it. Save a recovered copy, then open the copy.</source>
        <translation>このライブラリは破損しています (SQLite の検出結果: %1)。読み取り専用で開いており、何も書き込みません。復旧したコピーを保存してから、そのコピーを開いてください。</translation>
    </message>
    <message>
        <source>Recovering what can be read…</source>
        <translation>読み込める内容を復旧しています…</translation>
    </message>
    <message>
        <source>Saved a recovered copy as “%1” (%2). Open the copy to go on working; the damaged file was left as it was.</source>
        <translation>復旧したコピーを「%1」として保存しました (%2)。作業を続けるにはコピーを開いてください。破損したファイルは元のまま残しています。</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-復旧</translation>
    </message>
    <message>
        <source>Save a Recovered Copy</source>
        <translation>復旧したコピーを保存</translation>
    </message>
    <message numerus="yes">
        <source>Delete the article “%1” and its %n annotation(s)? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>記事「%1」とその注釈 %n 件を削除しますか? 「編集 ▸ 元に戻す」で取り消せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Find in &amp;Article…</source>
        <translation>記事内を検索(&amp;A)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>Next A&amp;nnotation</source>
        <translation>次の注釈(&amp;N)</translation>
    </message>
    <message>
        <source>Previous Annotati&amp;on</source>
        <translation>前の注釈(&amp;O)</translation>
    </message>
    <message>
        <source>Next &amp;Suggestion</source>
        <translation>次の提案(&amp;S)</translation>
    </message>
    <message>
        <source>Previous Su&amp;ggestion</source>
        <translation>前の提案(&amp;G)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>読書の設定(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Article as &amp;Markdown…</source>
        <translation>記事を Markdown としてエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Article as P&amp;DF…</source>
        <translation>記事を PDF としてエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>P&amp;rint Article…</source>
        <translation>記事を印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>ズーム %1%</translation>
    </message>
    <message>
        <source>This article has no annotations yet.</source>
        <translation>この記事にはまだ注釈がありません。</translation>
    </message>
    <message>
        <source>No suggestions left in this article.</source>
        <translation>この記事に残っている提案はありません。</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2. Choose a folder you can write to.</source>
        <translation>「%1」を書き込めませんでした: %2。書き込みできるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Exported the article to “%1”.</source>
        <translation>記事を「%1」にエクスポートしました。</translation>
    </message>
    <message>
        <source>Export Article as Markdown</source>
        <translation>記事を Markdown としてエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Article as PDF</source>
        <translation>記事を PDF としてエクスポート</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Upgrading “%1” for this version of Gleaner; the old file is kept as a copy…</source>
        <translation>このバージョンの Gleaner 用に “%1” を更新しています。元のファイルはコピーとして残ります…</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>“%1” を検査しています…</translation>
    </message>
    <message>
        <source>Opening “%1” was stopped; the library was left as it was.</source>
        <translation>“%1” を開くのを中止しました。ライブラリは元のままです。</translation>
    </message>
    <message>
        <source>This library is read-only; nothing can be imported into it. Save a copy with File ▸ Save Library As… and import into the copy.</source>
        <translation>このライブラリは読み取り専用のため、インポートできません。「ファイル ▸ 名前を付けてライブラリを保存…」でコピーを保存し、そのコピーにインポートしてください。</translation>
    </message>
    <message>
        <source>Another program changed the library; what was done before can no longer be undone.</source>
        <translation>別のプログラムがライブラリを変更したため、これまでの操作は元に戻せなくなりました。</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Make &amp;Commitment…</source>
        <translation>コミットメントを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>所見(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Propose Commitments for Library…</source>
        <translation>ライブラリ全体のコミットメントを提案(&amp;P)…</translation>
    </message>
    <message>
        <source>Make Commitment</source>
        <translation>コミットメントの作成</translation>
    </message>
    <message>
        <source>Made a commitment of %1.</source>
        <translation>%1 のコミットメントを作成しました。</translation>
    </message>
    <message>
        <source>Select the sentence that states the commitment first, or an annotation in it.</source>
        <translation>先にコミットメントを述べている文か、その中の注釈を選択してください。</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>フィード(&amp;D)</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>Feeds %v/%m</source>
        <translation>フィード %v/%m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop refreshing the feeds</source>
        <translation>フィードの更新を止める</translation>
    </message>
    <message>
        <source>F&amp;eeds</source>
        <translation>フィード(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Subscribe to Feed…</source>
        <translation>フィードを購読(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refresh All Feeds</source>
        <translation>すべてのフィードを更新(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions…</source>
        <translation>購読をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Subscriptions…</source>
        <translation>購読をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Fetching the full text from %1…</source>
        <translation>%1 から本文を取得しています…</translation>
    </message>
    <message>
        <source>This library is read-only, so the item cannot become an article of it. Open a copy you can write to.</source>
        <translation>このライブラリは読み取り専用のため、項目を記事にできません。書き込めるコピーを開いてください。</translation>
    </message>
    <message>
        <source>The full text could not be fetched (%1); the feed’s text is shown.</source>
        <translation>本文を取得できませんでした(%1)。フィードの本文を表示しています。</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>「%1」を開けませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Keep Unopened Items…</source>
        <translation>開いていない項目の保存期間(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep Unopened Items</source>
        <translation>開いていない項目の保存期間</translation>
    </message>
    <message>
        <source>Feed items older than this many days are removed after a refresh, unless you opened or starred them (0 keeps every item):</source>
        <translation>この日数より古いフィードの項目は、開いたかスターを付けたものを除いて更新後に削除します(0 ならすべて残す):</translation>
    </message>
    <message>
        <source>Open Library on a &amp;Server…</source>
        <translation>サーバー上のライブラリを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>The library&apos;s address on a PostgreSQL server, such as postgresql://db.example.org/news or service=news (a section of your pg_service.conf). Passwords come from ~/.pgpass, or Gleaner asks for one.</source>
        <translation>PostgreSQL サーバー上のライブラリのアドレス（例：postgresql://db.example.org/news、または pg_service.conf のセクション名を使った service=news）。パスワードは ~/.pgpass から読み込まれるか、Gleaner が尋ねます。</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address: write “postgresql://host/database”, or “service=NAME”. To open a file, use Open Library….</source>
        <translation>「%1」は PostgreSQL のアドレスではありません。「postgresql://host/database」または「service=NAME」と入力してください。ファイルを開くには［ライブラリを開く…］を使ってください。</translation>
    </message>
    <message>
        <source>The database “%1” holds no library yet. Create a new library in it?</source>
        <translation>データベース「%1」にはまだライブラリがありません。新しいライブラリを作成しますか？</translation>
    </message>
    <message>
        <source>The server of “%1” asks for your password:</source>
        <translation>「%1」のサーバーがパスワードを求めています：</translation>
    </message>
    <message>
        <source>The server did not accept that password. The password for “%1”:</source>
        <translation>サーバーがそのパスワードを受け付けませんでした。「%1」のパスワード：</translation>
    </message>
    <message>
        <source>Copying “%1” to “%2”…</source>
        <translation>「%1」を「%2」にコピーしています…</translation>
    </message>
    <message>
        <source>The copy was stopped; nothing was written.</source>
        <translation>コピーを中止しました。何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Your &amp;Name on Annotations…</source>
        <translation>注釈に付ける名前(&amp;N)…</translation>
    </message>
    <message>
        <source>The name your annotations are made by, as the panel and the CSV&apos;s created_by column show it to the others of a shared library. Leave it as it is to use “%1”.</source>
        <translation>注釈の作成者として、共有ライブラリの他のメンバーにパネルや CSV の created_by 列で表示される名前です。「%1」を使う場合はそのままにしてください。</translation>
    </message>
    <message>
        <source>Your annotations are now made by “%1”.</source>
        <translation>今後の注釈は「%1」の名前で作成されます。</translation>
    </message>
    <message>
        <source>Another user changed what your earlier edits touched; those edits can no longer be undone.</source>
        <translation>以前の編集の対象をほかのユーザーが変更したため、それらの編集は元に戻せなくなりました。</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>「%1」に接続しています…</translation>
    </message>
    <message>
        <source>Stopped connecting to “%1”.</source>
        <translation>「%1」への接続を中止しました。</translation>
    </message>
    <message>
        <source> · PostgreSQL %1 (the library&apos;s server)</source>
        <translation> · PostgreSQL %1 (ライブラリのサーバー)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gleaner %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for technology news: tag the pillars, amounts and deadlines that companies and governments commit to.&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3%4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gleaner %1&lt;/h3&gt;&lt;p&gt;テクノロジーニュースのリーダー兼注釈ツール: 企業や政府が約束した重点分野、金額・数量、期限にタグを付けられます。&lt;/p&gt;&lt;p&gt;MIT ライセンスの下で提供されています。&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3%4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Gleaner::MergeCommitmentsCommand</name>
    <message>
        <source>Merge two commitments of %1</source>
        <translation>%1 の 2 つのコミットメントを統合</translation>
    </message>
</context>
<context>
    <name>Gleaner::MergePillarsCommand</name>
    <message>
        <source>Merge pillar “%1” into “%2”</source>
        <translation>重点分野「%1」を「%2」に統合</translation>
    </message>
</context>
<context>
    <name>Gleaner::Opml</name>
    <message>
        <source>The file declares its own XML entities, which Gleaner does not expand.</source>
        <translation>このファイルは独自の XML エンティティを宣言しています。Gleaner はこれを展開しません。</translation>
    </message>
    <message>
        <source>This file is not OPML: its root element is &lt;%1&gt;, not &lt;opml&gt;.</source>
        <translation>このファイルは OPML ではありません。ルート要素が &lt;opml&gt; ではなく &lt;%1&gt; です。</translation>
    </message>
    <message>
        <source>The OPML file is not well-formed at line %1 (%2); %3 feeds before that point were read.</source>
        <translation>OPML ファイルの %1 行目が正しくありません(%2)。それより前の %3 件のフィードを読み込みました。</translation>
    </message>
    <message>
        <source>This file is not OPML.</source>
        <translation>このファイルは OPML ではありません。</translation>
    </message>
</context>
<context>
    <name>Gleaner::OutputFile</name>
    <message>
        <source>Could not write to “%1”: %2.</source>
        <translation>「%1」に書き込めませんでした: %2。</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2. Choose a folder you can write to.</source>
        <translation>「%1」を作成できませんでした: %2。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2. Check the free disk space.</source>
        <translation>「%1」を保存できませんでした: %2。ディスクの空き容量を確認してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::OutputGuard</name>
    <message>
        <source>“%1” is the library “%2” or one of its files; writing there would destroy the library. Choose another file name.</source>
        <translation>「%1」はライブラリ「%2」またはその一部のファイルです。そこに書き込むとライブラリが壊れます。別のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>“%1” is one of the input files; writing there would replace it. Choose another name or folder for the output.</source>
        <translation>「%1」は入力ファイルの 1 つです。そこに書き込むと置き換わってしまいます。出力には別の名前かフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database (perhaps a Gleaner library); Gleaner does not overwrite it. Choose another file name.</source>
        <translation>「%1」は SQLite データベース (Gleaner のライブラリかもしれません) です。Gleaner は上書きしません。別のファイル名を選択してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::PillarRepository</name>
    <message>
        <source>A pillar needs a name.</source>
        <translation>重点分野には名前が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a color; write it as #rrggbb.</source>
        <translation>「%1」は色ではありません。#rrggbb の形式で入力してください。</translation>
    </message>
    <message>
        <source>add the pillar</source>
        <translation>重点分野を追加する</translation>
    </message>
    <message>
        <source>There is already a pillar named “%1” (names ignore case). Choose another name.</source>
        <translation>「%1」という名前の重点分野はすでにあります (名前の大文字と小文字は区別されません)。別の名前を選択してください。</translation>
    </message>
    <message>
        <source>restore the pillar</source>
        <translation>重点分野を復元する</translation>
    </message>
    <message>
        <source>rename the pillar</source>
        <translation>重点分野の名前を変更する</translation>
    </message>
    <message>
        <source>There is already a pillar named “%1”. To combine the two, merge them instead.</source>
        <translation>「%1」という名前の重点分野はすでにあります。2 つをまとめるには、代わりに統合してください。</translation>
    </message>
    <message>
        <source>There is no pillar %1 in this library.</source>
        <translation>このライブラリに重点分野 %1 はありません。</translation>
    </message>
    <message>
        <source>change the pillar</source>
        <translation>重点分野を変更する</translation>
    </message>
    <message>
        <source>A pillar cannot be merged into itself.</source>
        <translation>重点分野をそれ自身に統合することはできません。</translation>
    </message>
    <message>
        <source>merge the pillars</source>
        <translation>重点分野を統合する</translation>
    </message>
    <message>
        <source>undo the merge</source>
        <translation>統合を元に戻す</translation>
    </message>
    <message>
        <source>delete the pillar</source>
        <translation>重点分野を削除する</translation>
    </message>
    <message numerus="yes">
        <source>The pillar “%1” is used by %n annotation(s). Merge it into another pillar first.</source>
        <translation>
            <numerusform>重点分野「%1」は %n 件の注釈で使用されています。先に別の重点分野に統合してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>read the pillars</source>
        <translation>重点分野を読み込む</translation>
    </message>
    <message>
        <source>read the pillar</source>
        <translation>重点分野を読み込む</translation>
    </message>
    <message numerus="yes">
        <source>The pillar “%1” is used by %n commitment(s). Merge it into another pillar first.</source>
        <translation>
            <numerusform>重点分野「%1」は %n 件のコミットメントで使用されています。先に別の重点分野に統合してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed the pillar “%1” after you saw it; your change was not saved, and theirs is shown. Make your change again if it is still needed.</source>
        <translation>重点分野「%1」は、表示された後に他の人が変更しました。あなたの変更は保存されず、その人の変更が表示されています。まだ必要なら、もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>Gleaner::PillarsDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Color…</source>
        <translation>色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>統合(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Rename Pillar</source>
        <translation>重点分野の名前の変更</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>Color of “%1”</source>
        <translation>「%1」の色</translation>
    </message>
    <message>
        <source>Merge Pillar</source>
        <translation>重点分野の統合</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n annotation(s) of “%1” to:</source>
        <translation>
            <numerusform>「%1」の %n 件の注釈の移動先:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s) and there is no other pillar to move them to. Create another pillar first, or delete those annotations.</source>
        <translation>
            <numerusform>「%1」は %n 件の注釈で使用されていますが、移動先となる他の重点分野がありません。先に別の重点分野を作成するか、それらの注釈を削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Pillar</source>
        <translation>重点分野の削除</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n annotation(s). Move them to:</source>
        <translation>
            <numerusform>「%1」は %n 件の注釈で使用されています。注釈の移動先:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gleaner::Proposals</name>
    <message>
        <source>Range up to %1</source>
        <translation>範囲の上限: %1</translation>
    </message>
</context>
<context>
    <name>Gleaner::RatesDialog</name>
    <message>
        <source>Conversion Rates</source>
        <translation>換算レート</translation>
    </message>
    <message>
        <source>Totals add amounts of different currencies only with these rates, and show the rates they used.</source>
        <translation>異なる通貨の金額は、ここにあるレートがある場合にだけ合計に加え、使用したレートを表示します。</translation>
    </message>
    <message>
        <source>One</source>
        <translation>1 単位の通貨</translation>
    </message>
    <message>
        <source>Is worth</source>
        <translation>相当額</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>換算先</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>1.08</source>
        <translation>1.08</translation>
    </message>
    <message>
        <source>is worth</source>
        <translation>の価値は</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Gleaner::ReadingSettingsDialog</name>
    <message>
        <source>Reading Settings</source>
        <translation>読書の設定</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>デスクトップに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>フォント(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Longest line:</source>
        <translation>1 行の最大長(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C):</translation>
    </message>
</context>
<context>
    <name>Gleaner::RejectSuggestionCommand</name>
    <message>
        <source>Reject suggestion</source>
        <translation>提案を却下</translation>
    </message>
</context>
<context>
    <name>Gleaner::RenamePillarCommand</name>
    <message>
        <source>Rename pillar “%1” to “%2”</source>
        <translation>重点分野「%1」の名前を「%2」に変更</translation>
    </message>
</context>
<context>
    <name>Gleaner::ServerLocation</name>
    <message>
        <source>“%1” does not name a service: write “service=NAME”, with NAME a section of your pg_service.conf.</source>
        <translation>「%1」はサービス名になっていません。「service=NAME」と入力してください（NAME は pg_service.conf のセクション名）。</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address: write “postgresql://host:port/database”, or “service=NAME”.</source>
        <translation>「%1」は PostgreSQL のアドレスではありません。「postgresql://host:port/database」または「service=NAME」と入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address (%2). Write “postgresql://host:port/database”.</source>
        <translation>「%1」は正しい PostgreSQL のアドレスではありません（%2）。「postgresql://host:port/database」と入力してください。</translation>
    </message>
    <message>
        <source>The address holds a password, which Gleaner does not take: keep it in ~/.pgpass (or PGPASSWORD) and write the address without it.</source>
        <translation>アドレスにパスワードが含まれていますが、Gleaner はこれを受け付けません。パスワードは ~/.pgpass（または PGPASSWORD）に保存し、アドレスからは外してください。</translation>
    </message>
    <message>
        <source>“%1” in the address is not a connection setting Gleaner knows (sslmode, service, connect_timeout, …).</source>
        <translation>アドレス内の「%1」は Gleaner が知っている接続設定（sslmode、service、connect_timeout など）ではありません。</translation>
    </message>
</context>
<context>
    <name>Gleaner::ServerSchema</name>
    <message>
        <source>read the library&apos;s format</source>
        <translation>ライブラリの形式を読み込む</translation>
    </message>
    <message>
        <source>The database “%1” holds a table named gleaner_library that is not a Gleaner library&apos;s. Choose another database.</source>
        <translation>データベース「%1」には Gleaner のライブラリのものではない gleaner_library という名前のテーブルがあります。別のデータベースを選んでください。</translation>
    </message>
    <message>
        <source>create the library on the server</source>
        <translation>サーバー上にライブラリを作成する</translation>
    </message>
    <message>
        <source>upgrade the library on the server</source>
        <translation>サーバー上のライブラリを更新する</translation>
    </message>
    <message>
        <source>Gleaner is missing the step to library format %1.</source>
        <translation>この Gleaner にはライブラリ形式 %1 への更新手順がありません。</translation>
    </message>
    <message>
        <source>Gleaner is missing the steps to library format %1 on a server.</source>
        <translation>この Gleaner にはサーバー上のライブラリ形式 %1 への更新手順がありません。</translation>
    </message>
</context>
<context>
    <name>Gleaner::SetConversionRateCommand</name>
    <message>
        <source>Set the rate of %1 to %2</source>
        <translation>%1 から %2 へのレートを設定</translation>
    </message>
</context>
<context>
    <name>Gleaner::SplitCommitmentCommand</name>
    <message>
        <source>Only a commitment with two or more sources can be split, by one of its sources.</source>
        <translation>分割できるのは出典が 2 つ以上あるコミットメントだけで、出典単位で分割します。</translation>
    </message>
    <message>
        <source>Split a source from the commitment of %1</source>
        <translation>%1 のコミットメントから出典を分割</translation>
    </message>
</context>
<context>
    <name>Gleaner::SubscribeDialog</name>
    <message>
        <source>A folder of the feeds pane; “Outer / Inner” nests one in another.</source>
        <translation>フィード一覧のフォルダー。「外 / 内」と書くと入れ子になります。</translation>
    </message>
    <message>
        <source>Subscribe to a Feed</source>
        <translation>フィードを購読</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>The address of a feed (RSS, Atom or JSON Feed), or of a site: Gleaner finds the feed the site names.</source>
        <translation>フィード(RSS、Atom、JSON フィード)またはサイトのアドレス。サイトの場合は、サイトが示すフィードを Gleaner が見つけます。</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>購読(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Gleaner::TimelineChart</name>
    <message>
        <source>(no pillar)</source>
        <translation>(重点分野なし)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
</context>
<context>
    <name>Gleaner::UrlFetcher</name>
    <message>
        <source>%1 redirected to an address that is not valid (%2). The site may be misconfigured; open the link in a browser and import the address it ends at.</source>
        <translation>%1 は無効なアドレス (%2) にリダイレクトされました。サイトの設定に誤りがある可能性があります。リンクをブラウザーで開き、最終的に表示されたページのアドレスをインポートしてください。</translation>
    </message>
    <message>
        <source>%1 redirected to %2, a %3: address. Gleaner only follows redirects to http and https addresses.</source>
        <translation>%1 は %3: のアドレスである %2 にリダイレクトされました。Gleaner がたどるのは http と https のアドレスへのリダイレクトだけです。</translation>
    </message>
    <message>
        <source>%1 redirected to an address without a server name (%2). The site may be misconfigured; open the link in a browser and import the address it ends at.</source>
        <translation>%1 はサーバー名のないアドレス (%2) にリダイレクトされました。サイトの設定に誤りがある可能性があります。リンクをブラウザーで開き、最終的に表示されたページのアドレスをインポートしてください。</translation>
    </message>
    <message>
        <source>The secure address %1 redirected to the insecure address %2. Gleaner does not follow redirects from https to http, because the page could be altered on the way. Import the https address of the final page if the site has one.</source>
        <translation>安全なアドレス %1 が安全でないアドレス %2 にリダイレクトされました。途中でページが改ざんされるおそれがあるため、Gleaner は https から http へのリダイレクトをたどりません。最終的なページに https のアドレスがある場合は、そのアドレスをインポートしてください。</translation>
    </message>
    <message>
        <source>%1 redirects in a circle (back to %2), so the page can never be downloaded. The site may be misconfigured or may need a browser; open it in a browser and save the page as a file to import it.</source>
        <translation>%1 のリダイレクトが循環している (%2 に戻る) ため、このページはダウンロードできません。サイトの設定に誤りがあるか、ブラウザーでの閲覧が必要な可能性があります。ブラウザーで開いてページをファイルとして保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Gave up after %1 redirects: %2 redirects again, to %3. The site may be misconfigured; open the link in a browser and import the address it ends at.</source>
        <translation>%1 回リダイレクトした後で中止しました: %2 はさらに %3 にリダイレクトしています。サイトの設定に誤りがある可能性があります。リンクをブラウザーで開き、最終的に表示されたページのアドレスをインポートしてください。</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Ctrl+Enter saves; Enter starts a new line</source>
        <translation>Ctrl+Enter で保存、Enter で改行</translation>
    </message>
</context>
</TS>
