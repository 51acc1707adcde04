<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About JourneyDesk</source>
            <translation>JourneyDesk について</translation>
        </message>
        <message>
            <source>JourneyDesk logo</source>
            <translation>JourneyDesk のロゴ</translation>
        </message>
        <message>
            <source>&lt;h2&gt;JourneyDesk {0}&lt;/h2&gt;&lt;p&gt;Offline customer journey mapping.&lt;/p&gt;&lt;p&gt;Released under the MIT License.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;JourneyDesk {0}&lt;/h2&gt;&lt;p&gt;オフラインのカスタマージャーニーマッピング。&lt;/p&gt;&lt;p&gt;MIT ライセンスで公開されています。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Third-party software and fonts:</source>
            <translation>サードパーティのソフトウェアとフォント(&amp;T):</translation>
        </message>
        <message>
            <source>Third-party notices</source>
            <translation>サードパーティ通知</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>CardEvidence</name>
        <message>
            <source>Evidence status</source>
            <translation>エビデンスの状態</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>確度</translation>
        </message>
        <message>
            <source>Evidence &amp;status</source>
            <translation>エビデンスの状態(&amp;S)</translation>
        </message>
        <message>
            <source>{confidence} ({items}, {kinds})</source>
            <translation>{confidence}（{items}、{kinds}）</translation>
        </message>
    </context>
    <context>
        <name>ChartsPanel</name>
        <message>
            <source>Over time</source>
            <translation>期間推移</translation>
        </message>
        <message>
            <source>By touchpoint</source>
            <translation>タッチポイント別</translation>
        </message>
        <message>
            <source>By channel</source>
            <translation>チャネル別</translation>
        </message>
        <message>
            <source>By stage</source>
            <translation>ステージ別</translation>
        </message>
        <message>
            <source>Stage funnel</source>
            <translation>ステージファネル</translation>
        </message>
        <message>
            <source>Measured vs workshop emotion</source>
            <translation>実測値とワークショップの感情</translation>
        </message>
        <message>
            <source>Chart type</source>
            <translation>グラフの種類</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>Per day</source>
            <translation>日ごと</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>週ごと</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>月ごと</translation>
        </message>
        <message>
            <source>Group by period</source>
            <translation>集計期間</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>PNG として保存…</translation>
        </message>
        <message>
            <source>Save the chart as a PNG image</source>
            <translation>グラフを PNG 画像として保存</translation>
        </message>
        <message>
            <source>Charts message</source>
            <translation>グラフのメッセージ</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>グラフ</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>グラフ</translation>
        </message>
        <message>
            <source>Save Chart as PNG</source>
            <translation>グラフを PNG として保存</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <source>There is no chart to save.</source>
            <translation>保存するグラフがありません。</translation>
        </message>
        <message>
            <source>Cannot save the chart as {0}: the folder does not exist.</source>
            <translation>グラフを {0} に保存できません：フォルダーが存在しません。</translation>
        </message>
        <message>
            <source>Cannot save the chart as {0}: the file could not be written.</source>
            <translation>グラフを {0} に保存できません：ファイルを書き込めませんでした。</translation>
        </message>
        <message>
            <source>Import a CSV file (File ▸ Import CSV…) to see charts here.</source>
            <translation>CSV ファイルを取り込むと（ファイル ▸ CSV の取り込み…）、ここにグラフが表示されます。</translation>
        </message>
        <message>
            <source>The funnel needs a count or value metric per stage; import one.</source>
            <translation>ファネルにはステージごとの件数または値の指標が必要です。取り込んでください。</translation>
        </message>
        <message>
            <source>This chart needs an NPS, CSAT or CES metric; import one.</source>
            <translation>このグラフには NPS、CSAT または CES の指標が必要です。取り込んでください。</translation>
        </message>
        <message>
            <source>the whole journey</source>
            <translation>ジャーニー全体</translation>
        </message>
        <message>
            <source>No dated {0} data for {1}.</source>
            <translation>{1} の日付付き {0} データがありません。</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>日ごと</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>週ごと</translation>
        </message>
        <message>
            <source>per month</source>
            <translation>月ごと</translation>
        </message>
        <message>
            <source>{0} {1}: {2}</source>
            <translation>{0}（{1}）：{2}</translation>
        </message>
        <message>
            <source>No {0} data by {1}.</source>
            <translation>{1} 別の {0} データがありません。</translation>
        </message>
        <message>
            <source>The {0} data names no channel and no touchpoint of the map, so it cannot be split by channel. Import a file with a channel or touchpoint column.</source>
            <translation>{0} のデータにはチャネルもマップ上のタッチポイントも含まれていないため、チャネル別に分けられません。チャネルまたはタッチポイントの列があるファイルを取り込んでください。</translation>
        </message>
        <message>
            <source>{0} by touchpoint</source>
            <translation>タッチポイント別の {0}</translation>
        </message>
        <message>
            <source>{0} by channel</source>
            <translation>チャネル別の {0}</translation>
        </message>
        <message>
            <source>{0} by stage</source>
            <translation>ステージ別の {0}</translation>
        </message>
        <message>
            <source>The funnel needs {0} for at least two stages.</source>
            <translation>ファネルには少なくとも 2 つのステージの {0} が必要です。</translation>
        </message>
        <message>
            <source>−{0:.0f} %</source>
            <translation>−{0:.0f} %</translation>
        </message>
        <message>
            <source>Stage funnel: {0}</source>
            <translation>ステージファネル：{0}</translation>
        </message>
        <message>
            <source>biggest drop: −{0:.0f} %</source>
            <translation>最大の離脱：−{0:.0f} %</translation>
        </message>
        <message>
            <source>Stage funnel: {0}; biggest drop-off at {1} (−{2:.0f} %)</source>
            <translation>ステージファネル：{0}。最大の離脱は {1}（−{2:.0f} %）</translation>
        </message>
        <message>
            <source>{0}
n = {1}</source>
            <translation>{0}
n = {1}</translation>
        </message>
        <message>
            <source>This journey has no stages.</source>
            <translation>このジャーニーにはステージがありません。</translation>
        </message>
        <message>
            <source>{0}: workshop {1}, measured {2}</source>
            <translation>{0}：ワークショップ {1}、実測 {2}</translation>
        </message>
        <message>
            <source>Workshop emotion</source>
            <translation>ワークショップの感情</translation>
        </message>
        <message>
            <source>Measured: {0}</source>
            <translation>実測：{0}</translation>
        </message>
        <message>
            <source>Emotion</source>
            <translation>感情</translation>
        </message>
        <message>
            <source>Measured {0} vs workshop emotion</source>
            <translation>実測 {0} とワークショップの感情</translation>
        </message>
        <message>
            <source>{0}: {1} (n = {2})</source>
            <translation>{0}：{1}（n = {2}）</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Say what each column holds. Long tables have a metric-name and a value column; wide tables and survey responses have one column per metric.</source>
            <translation>各列の内容を指定してください。縦長の表には指標名の列と値の列があり、横長の表とアンケート回答には指標ごとに 1 列があります。</translation>
        </message>
        <message>
            <source>Shape of the table</source>
            <translation>表の形式</translation>
        </message>
        <message>
            <source>Long: one metric per row</source>
            <translation>縦長：1 行に 1 指標</translation>
        </message>
        <message>
            <source>Wide: one column per metric</source>
            <translation>横長：1 列に 1 指標</translation>
        </message>
        <message>
            <source>Survey responses: one row per respondent</source>
            <translation>アンケート回答：1 行に 1 回答者</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>日付の順序</translation>
        </message>
        <message>
            <source>&amp;Shape:</source>
            <translation>形式(&amp;S):</translation>
        </message>
        <message>
            <source>Date &amp;order:</source>
            <translation>日付の順序(&amp;O):</translation>
        </message>
        <message>
            <source>Saved mapping notice</source>
            <translation>保存済みの対応付けについてのお知らせ</translation>
        </message>
        <message>
            <source>Date order problem</source>
            <translation>日付の順序の問題</translation>
        </message>
        <message>
            <source>Problem with the column roles</source>
            <translation>列の役割の問題</translation>
        </message>
        <message>
            <source>Count each row</source>
            <translation>各行を数える</translation>
        </message>
        <message>
            <source>Column roles</source>
            <translation>列の役割</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>無視</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>タッチポイント</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>チャネル</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>セグメント</translation>
        </message>
        <message>
            <source>Metric name</source>
            <translation>指標名</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>Metric column</source>
            <translation>指標の列</translation>
        </message>
        <message>
            <source>NPS (answers 0–10)</source>
            <translation>NPS（0〜10の回答）</translation>
        </message>
        <message>
            <source>CSAT (answers 1–5)</source>
            <translation>CSAT（1〜5の回答）</translation>
        </message>
        <message>
            <source>CSAT (answers in words)</source>
            <translation>CSAT（言葉での回答）</translation>
        </message>
        <message>
            <source>CES (answers 1–7)</source>
            <translation>CES（1〜7の回答）</translation>
        </message>
        <message>
            <source>Total of values</source>
            <translation>値の合計</translation>
        </message>
        <message>
            <source>Mean of values</source>
            <translation>値の平均</translation>
        </message>
        <message>
            <source>Count the rows as '{name}', per day and key</source>
            <translation>行数を「{name}」として数える（日付・キーごと）</translation>
        </message>
        <message>
            <source>A long table needs a 'Metric name' column and a 'Value' column: choose their roles.</source>
            <translation>縦長の表には「指標名」の列と「値」の列が必要です。役割を選んでください。</translation>
        </message>
        <message>
            <source>No column holds a value to import: give at least one column the role 'Metric column', or count the rows.</source>
            <translation>取り込む値を持つ列がありません：少なくとも1列の役割を「指標の列」にするか、行を数えてください。</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>例</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Metric kind</source>
            <translation>指標の種類</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Role of column {column}</source>
            <translation>列 {column} の役割</translation>
        </message>
        <message>
            <source>Metric kind of column {column}</source>
            <translation>列 {column} の指標の種類</translation>
        </message>
        <message>
            <source>Only one column can be the {role}; now {columns} are: choose one.</source>
            <translation>{role}にできる列は 1 つだけですが、現在 {columns} が該当しています。1 つを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>CompareChart</name>
        <message>
            <source>Emotion before and after</source>
            <translation>変更前と変更後の感情</translation>
        </message>
    </context>
    <context>
        <name>CompareMaps</name>
        <message>
            <source>Before map</source>
            <translation>変更前のマップ</translation>
        </message>
        <message>
            <source>After map</source>
            <translation>変更後のマップ</translation>
        </message>
        <message>
            <source>green: added</source>
            <translation>緑：追加</translation>
        </message>
        <message>
            <source>red: removed</source>
            <translation>赤：削除</translation>
        </message>
        <message>
            <source>amber, dashed: changed</source>
            <translation>黄色（破線）：変更</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Journey: {0} (to-be of {1})</source>
            <translation>ジャーニー：{0}（{1} の to-be）</translation>
        </message>
        <message>
            <source>Journey: {0}</source>
            <translation>ジャーニー：{0}</translation>
        </message>
        <message>
            <source>Snapshot: {0} ({1})</source>
            <translation>スナップショット：{0}（{1}）</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>変更前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>変更後</translation>
        </message>
        <message>
            <source>S&amp;wap</source>
            <translation>入れ替え(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Before:</source>
            <translation>変更前(&amp;B):</translation>
        </message>
        <message>
            <source>&amp;After:</source>
            <translation>変更後(&amp;A):</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変化</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>変わった点</translation>
        </message>
        <message>
            <source>Card changes</source>
            <translation>カードの変化</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>Emotion before</source>
            <translation>変更前の感情</translation>
        </message>
        <message>
            <source>Emotion after</source>
            <translation>変更後の感情</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差</translation>
        </message>
        <message>
            <source>Stages and emotion</source>
            <translation>ステージと感情</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>ギャップ</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>ギャップ</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>Stage or touchpoint</source>
            <translation>ステージまたはタッチポイント</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数値</translation>
        </message>
        <message>
            <source>&amp;Maps</source>
            <translation>マップ(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Cards</source>
            <translation>カード(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Stages and emotion</source>
            <translation>ステージと感情(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Gaps</source>
            <translation>ギャップ(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Figures</source>
            <translation>数値(&amp;F)</translation>
        </message>
        <message>
            <source>Choose what to compare: a journey, its future state, or a snapshot.</source>
            <translation>比較するものを選んでください：ジャーニー、その将来像、またはスナップショット。</translation>
        </message>
        <message>
            <source>Before: {0}</source>
            <translation>変更前：{0}</translation>
        </message>
        <message>
            <source>After: {0}</source>
            <translation>変更後：{0}</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDelete</name>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>DatasetsPanel</name>
        <message>
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>CSV ファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Imported data</source>
            <translation>取り込んだデータ</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>CSV の取り込み…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>再読み込み</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Import metrics from a CSV file</source>
            <translation>CSV ファイルから指標を取り込む</translation>
        </message>
        <message>
            <source>Read the file again with the same settings</source>
            <translation>同じ設定でファイルを読み直す</translation>
        </message>
        <message>
            <source>Remove this data from the project (undoable)</source>
            <translation>このデータをプロジェクトから削除する（元に戻せます）</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>CSV の取り込み</translation>
        </message>
        <message>
            <source>{0} — {1} values of {2}</source>
            <translation>{0} — {2} の値 {1} 件</translation>
        </message>
        <message>
            <source>From {0}, imported {1}; {2} rows skipped</source>
            <translation>{0} から {1} に取り込み、{2} 行をスキップ</translation>
        </message>
        <message>
            <source>Delete data</source>
            <translation>データの削除</translation>
        </message>
        <message>
            <source>Remove “{0}” and its {1} values from the project? You can undo this.</source>
            <translation>「{0}」とその値 {1} 件をプロジェクトから削除しますか？ 元に戻すことができます。</translation>
        </message>
    </context>
    <context>
        <name>Editor</name>
        <message>
            <source>Open or create a project first.</source>
            <translation>先にプロジェクトを開くか作成してください。</translation>
        </message>
        <message>
            <source>This project is open read-only.</source>
            <translation>このプロジェクトは読み取り専用で開かれています。</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBadge</name>
        <message>
            <source>low</source>
            <translation>確度：低</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>確度：中</translation>
        </message>
        <message>
            <source>high</source>
            <translation>確度：高</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>エビデンスを追加</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>エビデンスを編集</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>テキスト(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>出典(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Kind of source</source>
            <translation>情報源の種類(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日付(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Participant</source>
            <translation>参加者(&amp;P)</translation>
        </message>
        <message>
            <source>Write the quote or finding in Text.</source>
            <translation>［テキスト］に発言や調査結果を書いてください。</translation>
        </message>
        <message>
            <source>Date: “{text}” is not a date. Write it like 2024-03-31, or leave it empty.</source>
            <translation>日付：「{text}」は日付ではありません。2024-03-31 のように書くか、空欄にしてください。</translation>
        </message>
    </context>
    <context>
        <name>EvidenceList</name>
        <message>
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <source>No evidence yet. Add a quote or a finding with Add…</source>
            <translation>エビデンスはまだありません。［追加…］で発言や調査結果を加えてください。</translation>
        </message>
    </context>
    <context>
        <name>EvidenceReviewPage</name>
        <message>
            <source>Review</source>
            <translation>確認</translation>
        </message>
        <message>
            <source>Nothing has been added yet. Finish adds the items as one step that Edit ▸ Undo takes back; Cancel leaves the journey as it is.</source>
            <translation>まだ何も追加されていません。［完了］でエビデンスを一度に追加します（［編集］▸［元に戻す］1 回で取り消せます）。［キャンセル］でジャーニーをそのままにします。</translation>
        </message>
        <message>
            <source>What will be added</source>
            <translation>追加される内容</translation>
        </message>
        <message>
            <source>Checking every row</source>
            <translation>すべての行を確認中</translation>
        </message>
        <message>
            <source>Where the items go</source>
            <translation>エビデンスの追加先</translation>
        </message>
        <message>
            <source>Card or stage</source>
            <translation>カードまたはステージ</translation>
        </message>
        <message>
            <source>Is a</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Rows not placed on the map (not added):</source>
            <translation>マップに置けなかった行（追加されません）：</translation>
        </message>
        <message>
            <source>Rows not placed on the map</source>
            <translation>マップに置けなかった行</translation>
        </message>
        <message>
            <source>Rows with problems:</source>
            <translation>問題のある行：</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>問題のある行</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>注記：</translation>
        </message>
        <message>
            <source>Notes on rows</source>
            <translation>行についての注記</translation>
        </message>
        <message>
            <source>&amp;Skip rows with problems</source>
            <translation>問題のある行をスキップ(&amp;S)</translation>
        </message>
        <message>
            <source>Skip rows with problems</source>
            <translation>問題のある行をスキップ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Import status</source>
            <translation>取り込みの状況</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>すべての行を確認しています…</translation>
        </message>
        <message>
            <source>The file is not a table of quotes or findings any more.</source>
            <translation>このファイルはもう発言・発見の表ではありません。</translation>
        </message>
        <message>
            <source>Rows read: {rows}.</source>
            <translation>読み込んだ行：{rows}。</translation>
        </message>
        <message>
            <source>Quotes or findings to add: {n} ({cards} on cards, {stages} on stages).</source>
            <translation>追加する発言・発見：{n} 件（カード {cards} 件、ステージ {stages} 件）。</translation>
        </message>
        <message>
            <source>Not placed on the map: {unmatched}. With problems: {bad}. In the journey already (skipped): {already}.</source>
            <translation>マップに置けなかった行：{unmatched}。問題のある行：{bad}。取り込み済み（スキップ）：{already}。</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>…ほか {n} 件。</translation>
        </message>
        <message>
            <source>card</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>ステージ</translation>
        </message>
    </context>
    <context>
        <name>EvidenceRolesPage</name>
        <message>
            <source>Quotes and findings</source>
            <translation>発言・発見</translation>
        </message>
        <message>
            <source>Each row becomes an evidence item on the card, touchpoint or stage it names. Check which column plays which part; change one where the guess is wrong.</source>
            <translation>各行は、その行が示すカード、タッチポイント、ステージのエビデンスになります。各項目にどの列を使うかを確認し、推定が違っていれば変更してください。</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>ファイルの内容</translation>
        </message>
        <message>
            <source>Columns of the quotes and findings</source>
            <translation>発言・発見の列</translation>
        </message>
        <message>
            <source>Problem with the columns</source>
            <translation>列の問題</translation>
        </message>
        <message>
            <source>Quote or finding</source>
            <translation>発言・発見</translation>
        </message>
        <message>
            <source>the text of the item (required)</source>
            <translation>エビデンスの本文（必須）</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>情報源</translation>
        </message>
        <message>
            <source>where it came from, such as an interview's title</source>
            <translation>どこから得たか（インタビュー記録の題名など）</translation>
        </message>
        <message>
            <source>Kind of source</source>
            <translation>情報源の種別</translation>
        </message>
        <message>
            <source>interview, survey, analytics, support ticket, observation, usability test or desk research</source>
            <translation>インタビュー、アンケート、アクセス解析、問い合わせ、行動観察、ユーザビリティテスト、デスクリサーチのいずれか</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>when it was heard or seen</source>
            <translation>聞いた日、または観察した日</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>who said it, or which group</source>
            <translation>発言した人、または対象のグループ</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>the card it backs, by its text</source>
            <translation>裏付けるカード（カードの文字で指定）</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>タッチポイント</translation>
        </message>
        <message>
            <source>the touchpoint card it backs, by its text</source>
            <translation>裏付けるタッチポイントのカード（カードの文字で指定）</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>the stage it goes to when no card is named or found</source>
            <translation>カードの指定がないか見つからないときの追加先ステージ</translation>
        </message>
        <message>
            <source>Part</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>例</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Column of the part {part}</source>
            <translation>項目「{part}」の列</translation>
        </message>
        <message>
            <source>Example of the part {part}</source>
            <translation>項目「{part}」の例</translation>
        </message>
        <message>
            <source>Choose the column that holds the quotes or findings.</source>
            <translation>発言・発見が入っている列を選んでください。</translation>
        </message>
        <message>
            <source>Choose a column naming a card, a touchpoint or a stage: it says where each item goes on the map.</source>
            <translation>カード、タッチポイント、ステージのいずれかを示す列を選んでください。各エビデンスをマップのどこに置くかを決める列です。</translation>
        </message>
        <message>
            <source>Column '{column}' is chosen for {parts}: choose one column for each part.</source>
            <translation>列「{column}」が {parts} に選ばれています。項目ごとに別の列を選んでください。</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>File and settings</source>
            <translation>ファイルと設定</translation>
        </message>
        <message>
            <source>Check how the file is read; the preview shows the first rows as they will be imported.</source>
            <translation>ファイルの読み方を確認してください。プレビューには、取り込まれる形で先頭の行が表示されます。</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>文字コード(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>区切り文字(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Quote character:</source>
            <translation>引用符(&amp;Q):</translation>
        </message>
        <message>
            <source>Lines to s&amp;kip:</source>
            <translation>スキップする行数(&amp;K):</translation>
        </message>
        <message>
            <source>&amp;Header rows:</source>
            <translation>見出し行(&amp;H):</translation>
        </message>
        <message>
            <source>Decimal &amp;mark:</source>
            <translation>小数点(&amp;M):</translation>
        </message>
        <message>
            <source>Date &amp;order:</source>
            <translation>日付の順序(&amp;O):</translation>
        </message>
        <message>
            <source>Date order problem</source>
            <translation>日付の順序の問題</translation>
        </message>
        <message>
            <source>Problem reading the file</source>
            <translation>ファイルの読み込みの問題</translation>
        </message>
        <message>
            <source>Notes on the preview</source>
            <translation>プレビューについての注記</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>ファイルの内容</translation>
        </message>
        <message>
            <source>Preview of the first rows</source>
            <translation>先頭の行のプレビュー</translation>
        </message>
        <message>
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <source>UTF-8 with BOM</source>
            <translation>UTF-8（BOM 付き）</translation>
        </message>
        <message>
            <source>Japanese (CP932 / Shift_JIS)</source>
            <translation>日本語（CP932 / Shift_JIS）</translation>
        </message>
        <message>
            <source>UTF-16 (with BOM)</source>
            <translation>UTF-16（BOM 付き）</translation>
        </message>
        <message>
            <source>UTF-16 little-endian</source>
            <translation>UTF-16 リトルエンディアン</translation>
        </message>
        <message>
            <source>UTF-16 big-endian</source>
            <translation>UTF-16 ビッグエンディアン</translation>
        </message>
        <message>
            <source>Western (Windows-1252)</source>
            <translation>西欧（Windows-1252）</translation>
        </message>
        <message>
            <source>Latin-1 (ISO 8859-1)</source>
            <translation>Latin-1（ISO 8859-1）</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>カンマ ( , )</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>セミコロン ( ; )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>タブ</translation>
        </message>
        <message>
            <source>Pipe ( | )</source>
            <translation>パイプ ( | )</translation>
        </message>
        <message>
            <source>Double quote ( " )</source>
            <translation>二重引用符 ( " )</translation>
        </message>
        <message>
            <source>Single quote ( ' )</source>
            <translation>一重引用符 ( ' )</translation>
        </message>
        <message>
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Point (1,234.5)</source>
            <translation>ピリオド (1,234.5)</translation>
        </message>
        <message>
            <source>Comma (1.234,5)</source>
            <translation>カンマ (1.234,5)</translation>
        </message>
        <message>
            <source>{columns} columns; the row headers are line numbers in the file.</source>
            <translation>{columns} 列。行見出しはファイル内の行番号です。</translation>
        </message>
        <message>
            <source>Some line numbers are skipped: a cell above holds a line break, so its row takes more than one line of the file.</source>
            <translation>行番号が飛んでいるところがあります：上のセルに改行が含まれるため、その行がファイルの複数行にわたっています。</translation>
        </message>
        <message>
            <source>The second header row (question texts) shows under each column's name.</source>
            <translation>2行目の見出し（設問文）を各列名の下に表示しています。</translation>
        </message>
        <message>
            <source>Rows with the wrong number of fields (skipped): {first}</source>
            <translation>フィールド数が合わない行（スキップ）：{first}</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
    </context>
    <context>
        <name>ImageExport</name>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 画像 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 画像 (*.svg)</translation>
        </message>
        <message>
            <source>Export Image</source>
            <translation>画像のエクスポート</translation>
        </message>
        <message>
            <source>Image file</source>
            <translation>画像ファイル</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>参照(&amp;B)…</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG 画像</translation>
        </message>
        <message>
            <source>SVG drawing (sharp at any size, with its font)</source>
            <translation>SVG 図（どのサイズでも鮮明、フォント込み）</translation>
        </message>
        <message>
            <source>96 dpi (screen, as at 100 %)</source>
            <translation>96 dpi（画面、100 % 表示と同じ）</translation>
        </message>
        <message>
            <source>150 dpi (slides)</source>
            <translation>150 dpi（スライド）</translation>
        </message>
        <message>
            <source>300 dpi (print)</source>
            <translation>300 dpi（印刷）</translation>
        </message>
        <message>
            <source>Text as outlines (for programs that ignore the font an SVG carries)</source>
            <translation>文字をアウトライン化（SVG に含めたフォントを使わないソフト向け）</translation>
        </message>
        <message>
            <source>Colour the touchpoints by {0}, with the legend</source>
            <translation>タッチポイントを {0} で色分けし、凡例を付ける</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>ファイル(&amp;F):</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>形式(&amp;O):</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>解像度(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>エクスポート(&amp;E)</translation>
        </message>
        <message>
            <source>The image could not be made: {0}. Please report this.</source>
            <translation>画像を作れませんでした（{0}）。この問題をご報告ください。</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>{0} を書き出しています…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>キャンセルしています…</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>(choose the order)</source>
            <translation>（順序を選択）</translation>
        </message>
        <message>
            <source>Year/month/day (2024/03/14)</source>
            <translation>年/月/日 (2024/03/14)</translation>
        </message>
        <message>
            <source>Day/month/year (14/03/2024)</source>
            <translation>日/月/年 (14/03/2024)</translation>
        </message>
        <message>
            <source>Month/day/year (03/14/2024)</source>
            <translation>月/日/年 (03/14/2024)</translation>
        </message>
        <message>
            <source>The dates in column '{column}' can be read day first or month first (for example 03/04/2024): choose the date order.</source>
            <translation>列「{column}」の日付は、日が先とも月が先とも読めます（例：03/04/2024）。日付の順序を選んでください。</translation>
        </message>
    </context>
    <context>
        <name>ImportProgress</name>
        <message>
            <source>Writing the rows…</source>
            <translation>行を書き込んでいます…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>取り込みの進行状況</translation>
        </message>
        <message>
            <source>Values written</source>
            <translation>書き込んだ値</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>1 value written…</source>
            <translation>1件の値を書き込みました…</translation>
        </message>
        <message>
            <source>{n} values written…</source>
            <translation>{n} 件の値を書き込みました…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>キャンセルしています…</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import CSV: {file}</source>
            <translation>CSV の取り込み：{file}</translation>
        </message>
        <message>
            <source>Refresh '{name}'</source>
            <translation>「{name}」の再読み込み</translation>
        </message>
        <message>
            <source>This looks like a table of research quotes or findings: {rows} rows. Each becomes an evidence item on the card or stage it names.</source>
            <translation>リサーチの発言・発見の表のようです（{rows} 行）。各行は、その行が示すカードまたはステージのエビデンスになります。</translation>
        </message>
        <message>
            <source>This looks like a table of research quotes or findings (the first {rows} rows are shown). Each row becomes an evidence item on the card or stage it names.</source>
            <translation>リサーチの発言・発見の表のようです（先頭の {rows} 行を表示しています）。各行は、その行が示すカードまたはステージのエビデンスになります。</translation>
        </message>
        <message>
            <source>The items could not be added; nothing was imported.</source>
            <translation>エビデンスを追加できなかったため、何も取り込まれませんでした。</translation>
        </message>
        <message>
            <source>Added {n} quotes or findings from '{file}': {cards} on cards, {stages} on stages.</source>
            <translation>「{file}」から発言・発見を {n} 件追加しました（カード {cards} 件、ステージ {stages} 件）。</translation>
        </message>
        <message>
            <source>The project is not open for editing: nothing was imported.</source>
            <translation>プロジェクトが編集できる状態で開かれていないため、何も取り込まれませんでした。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>取り込んでいます…</translation>
        </message>
        <message>
            <source>Importing '{name}'</source>
            <translation>「{name}」を取り込み中</translation>
        </message>
        <message>
            <source>Imported 1 value into '{name}'.</source>
            <translation>「{name}」に1件の値をインポートしました。</translation>
        </message>
        <message>
            <source>Imported {values} values into '{name}'.</source>
            <translation>{values} 件の値を「{name}」に取り込みました。</translation>
        </message>
        <message>
            <source>'{file}' cannot be read ({reason}): check that it exists and that you may open it.</source>
            <translation>「{file}」を読み込めません（{reason}）。ファイルが存在し、開く権限があることを確認してください。</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>インポート済み</translation>
        </message>
        <message>
            <source>'{file}' was imported into this journey before, as '{name}'. Importing it again would count its rows twice.</source>
            <translation>「{file}」はこのジャーニーに「{name}」としてインポート済みです。もう一度インポートすると行が二重に数えられます。</translation>
        </message>
        <message>
            <source>Replace that data with the file as it is now, or keep both?</source>
            <translation>そのデータを現在のファイルで置き換えますか、それとも両方残しますか？</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>置き換え(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Keep Both</source>
            <translation>両方残す(&amp;K)</translation>
        </message>
        <message>
            <source>{file} is no longer there; import the updated file with Import CSV….</source>
            <translation>{file} が見つかりません。更新したファイルを「CSVをインポート…」で取り込んでください。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>取り込みはキャンセルされました。何も追加されていません。</translation>
        </message>
        <message>
            <source>The import failed ({reason}); nothing was added.</source>
            <translation>取り込みに失敗しました（{reason}）。何も追加されていません。</translation>
        </message>
        <message>
            <source>The dataset could not be added; nothing was imported.</source>
            <translation>データセットを追加できませんでした。何も取り込まれていません。</translation>
        </message>
        <message>
            <source>Open a project for editing before importing data.</source>
            <translation>データを取り込む前に、プロジェクトを編集できる状態で開いてください。</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <source>Channel</source>
            <translation>チャネル</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Digital</source>
            <translation>デジタル</translation>
        </message>
        <message>
            <source>Human</source>
            <translation>対人</translation>
        </message>
        <message>
            <source>Physical</source>
            <translation>物理的</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>オフライン</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <source>O2O (online to offline)</source>
            <translation>O2O（オンラインからオフラインへ）</translation>
        </message>
        <message>
            <source>OMO (online-merge-offline)</source>
            <translation>OMO（オンラインとオフラインの融合）</translation>
        </message>
        <message>
            <source>(unset)</source>
            <translation>（未設定）</translation>
        </message>
        <message>
            <source>−2 Very negative</source>
            <translation>−2 とてもネガティブ</translation>
        </message>
        <message>
            <source>−1 Negative</source>
            <translation>−1 ネガティブ</translation>
        </message>
        <message>
            <source>0 Neutral</source>
            <translation>0 ニュートラル</translation>
        </message>
        <message>
            <source>+1 Positive</source>
            <translation>+1 ポジティブ</translation>
        </message>
        <message>
            <source>+2 Very positive</source>
            <translation>+2 とてもポジティブ</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>フロー</translation>
        </message>
        <message>
            <source>Channel switch</source>
            <translation>チャネルの切り替え</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>色</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>ペルソナ</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>テキスト</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>カテゴリー</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>モード</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>真実の瞬間</translation>
        </message>
        <message>
            <source>Exit point</source>
            <translation>離脱ポイント</translation>
        </message>
        <message>
            <source>Exit reason</source>
            <translation>離脱の理由</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>頻度</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>深刻度</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>効果</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>工数</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>ゴール</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>幅</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>高さ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>スコア</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>ジャーニー</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>レーン</translation>
        </message>
        <message>
            <source>Emotion marker</source>
            <translation>感情マーカー</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>リンク</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>インスペクター</translation>
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation>（名前のないペルソナ）</translation>
        </message>
        <message>
            <source>Choose a colour</source>
            <translation>色を選択</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>既定</translation>
        </message>
        <message>
            <source>Use the default colour</source>
            <translation>既定の色を使う</translation>
        </message>
        <message>
            <source>(default)</source>
            <translation>（既定）</translation>
        </message>
        <message numerus="yes">
            <source>%n items selected</source>
            <translation>
                <numerusform>%n 個の項目を選択中</numerusform>
            </translation>
        </message>
        <message>
            <source>The selected item has no fields to edit here.</source>
            <translation>選択した項目には、ここで編集できる項目がありません。</translation>
        </message>
        <message>
            <source>Choose a journey to see its details here.</source>
            <translation>ジャーニーを選ぶと、ここに詳細が表示されます。</translation>
        </message>
        <message>
            <source>Open a project to see the details of what you select.</source>
            <translation>プロジェクトを開くと、選択したものの詳細が表示されます。</translation>
        </message>
        <message>
            <source>Joins</source>
            <translation>結ぶカード</translation>
        </message>
        <message>
            <source>(card without text)</source>
            <translation>（テキストのないカード）</translation>
        </message>
    </context>
    <context>
        <name>ItemList</name>
        <message>
            <source>Add…</source>
            <translation>追加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>JourneyFiles</name>
        <message>
            <source>Journeys (*.json *.mmd *.mermaid *.md *.yaml *.yml *.csv *.tsv)</source>
            <translation>ジャーニー (*.json *.mmd *.mermaid *.md *.yaml *.yml *.csv *.tsv)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>JSON with the imported data (*.json)</source>
            <translation>JSON（取り込んだデータを含む） (*.json)</translation>
        </message>
        <message>
            <source>Mermaid journey (*.mmd)</source>
            <translation>Mermaid ジャーニー (*.mmd)</translation>
        </message>
        <message>
            <source>Enablement Map Studio YAML (*.yaml)</source>
            <translation>Enablement Map Studio の YAML (*.yaml)</translation>
        </message>
        <message>
            <source>Spreadsheet, one row per card (*.csv)</source>
            <translation>表計算（カード 1 枚を 1 行） (*.csv)</translation>
        </message>
        <message>
            <source>Import Journey</source>
            <translation>ジャーニーの取り込み</translation>
        </message>
        <message>
            <source>Open a project you can edit first, then import into it.</source>
            <translation>先に編集できるプロジェクトを開いてから、そこへ取り込んでください。</translation>
        </message>
        <message>
            <source>Nothing was imported: {0}</source>
            <translation>何も取り込みませんでした：{0}</translation>
        </message>
        <message>
            <source>Not placed:</source>
            <translation>配置できなかったもの：</translation>
        </message>
        <message>
            <source>Export Journey</source>
            <translation>ジャーニーの書き出し</translation>
        </message>
    </context>
    <context>
        <name>JourneyMenu</name>
        <message>
            <source>Take Snapshot of “{0}”</source>
            <translation>「{0}」のスナップショットを取る</translation>
        </message>
        <message>
            <source>{0} (to-be)</source>
            <translation>{0}（to-be）</translation>
        </message>
        <message>
            <source>Create Future State of “{0}”</source>
            <translation>「{0}」の将来像（to-be）を作る</translation>
        </message>
    </context>
    <context>
        <name>JourneyScene</name>
        <message>
            <source>Drop a persona here</source>
            <translation>ここにペルソナをドロップ</translation>
        </message>
    </context>
    <context>
        <name>JourneyView</name>
        <message>
            <source>Journey map</source>
            <translation>ジャーニーマップ</translation>
        </message>
        <message numerus="yes">
            <source>%n items selected</source>
            <translation>
                <numerusform>%n 個の項目を選択中</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} card: {1}</source>
            <translation>{0}のカード：{1}</translation>
        </message>
        <message>
            <source>Stage: {0}</source>
            <translation>ステージ：{0}</translation>
        </message>
        <message>
            <source>Lane: {0}</source>
            <translation>レーン：{0}</translation>
        </message>
        <message>
            <source>Emotion marker {0}: {1}</source>
            <translation>感情マーカー {0}：{1}</translation>
        </message>
        <message>
            <source>Link: {0}</source>
            <translation>リンク：{0}</translation>
        </message>
        <message>
            <source>Cell {0}, {1}: type to add a card</source>
            <translation>セル {0}、{1}：入力するとカードを追加します</translation>
        </message>
        <message>
            <source>Nothing selected. The arrow keys select a card or a cell; typing in a cell adds a card.</source>
            <translation>何も選択されていません。矢印キーでカードまたはセルを選択し、セルで入力するとカードを追加できます。</translation>
        </message>
    </context>
    <context>
        <name>JourneysPanel</name>
        <message>
            <source>    ↳ {name}  (to-be of “{asis}”)</source>
            <translation>    ↳ {name}（「{asis}」の to-be）</translation>
        </message>
        <message>
            <source>{name}  (as-is, %n to-be)</source>
            <translation>{name}（as-is、to-be %n 件）</translation>
        </message>
        <message>
            <source>Journeys</source>
            <translation>ジャーニー</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Add a blank journey</source>
            <translation>空のジャーニーを追加</translation>
        </message>
        <message>
            <source>Add from template</source>
            <translation>テンプレートから追加</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>名前の変更</translation>
        </message>
        <message>
            <source>Rename the selected journey</source>
            <translation>選択したジャーニーの名前を変更</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>複製</translation>
        </message>
        <message>
            <source>Copy the selected journey with all its cards</source>
            <translation>選択したジャーニーをすべてのカードごと複製</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Delete the selected journey</source>
            <translation>選択したジャーニーを削除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上へ</translation>
        </message>
        <message>
            <source>Move the journey up</source>
            <translation>ジャーニーを上へ移動</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下へ</translation>
        </message>
        <message>
            <source>Move the journey down</source>
            <translation>ジャーニーを下へ移動</translation>
        </message>
        <message>
            <source>Journey actions</source>
            <translation>ジャーニーの操作</translation>
        </message>
        <message>
            <source>Template…</source>
            <translation>テンプレート…</translation>
        </message>
        <message>
            <source>Add a journey from a built-in template</source>
            <translation>組み込みのテンプレートからジャーニーを追加</translation>
        </message>
        <message>
            <source>Selected journey actions</source>
            <translation>選択中のジャーニーの操作</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <source>New journey</source>
            <translation>新しいジャーニー</translation>
        </message>
        <message>
            <source>{name} {number}</source>
            <translation>{name} {number}</translation>
        </message>
        <message>
            <source>A journey needs a name; “{name}” was not renamed.</source>
            <translation>ジャーニーには名前が必要です。「{name}」の名前は変更されませんでした。</translation>
        </message>
        <message numerus="yes">
            <source>Delete the journey “{name}” and its %n card(s)?</source>
            <translation>
                <numerusform>ジャーニー「{name}」と、そのカード %n 枚を削除しますか？</numerusform>
            </translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>［編集］▸［元に戻す］で取り消せます。</translation>
        </message>
        <message>
            <source>Delete journey</source>
            <translation>ジャーニーの削除</translation>
        </message>
    </context>
    <context>
        <name>KpiDialog</name>
        <message>
            <source>Higher is better</source>
            <translation>高いほど良い</translation>
        </message>
        <message>
            <source>Lower is better</source>
            <translation>低いほど良い</translation>
        </message>
        <message>
            <source>Add KPI</source>
            <translation>KPI を追加</translation>
        </message>
        <message>
            <source>Edit KPI</source>
            <translation>KPI を編集</translation>
        </message>
        <message>
            <source>an imported metric, or a number</source>
            <translation>取り込んだ指標、または数値</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名前(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Metric or value</source>
            <translation>指標または値(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Baseline</source>
            <translation>基準値(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Target</source>
            <translation>目標値(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>方向(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>担当者(&amp;O)</translation>
        </message>
        <message>
            <source>Data &amp;source</source>
            <translation>データソース(&amp;S)</translation>
        </message>
        <message>
            <source>{field}: “{text}” is not a number. Write it like 45 or 12.5.</source>
            <translation>{field}：「{text}」は数値ではありません。45 や 12.5 のように書いてください。</translation>
        </message>
        <message>
            <source>Give the KPI a name.</source>
            <translation>KPI に名前を付けてください。</translation>
        </message>
        <message>
            <source>There is already a KPI named “{name}” here.</source>
            <translation>ここには「{name}」という名前の KPI がすでにあります。</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>基準値</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標値</translation>
        </message>
        <message>
            <source>Target: write the value this KPI should reach, like 45.</source>
            <translation>目標値：この KPI が達するべき値を 45 のように書いてください。</translation>
        </message>
    </context>
    <context>
        <name>KpiList</name>
        <message>
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>No KPIs yet. Add one with Add…</source>
            <translation>KPIはまだありません。［追加…］で加えてください。</translation>
        </message>
    </context>
    <context>
        <name>LocaleDateAxis</name>
        <message>
            <source>yyyy</source>
            <translation>yyyy年</translation>
        </message>
        <message>
            <source>MMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>MMM d</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <source>MMM d HH:mm</source>
            <translation>M月d日 H:mm</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>JourneyDesk projects (*.journey)</source>
            <translation>JourneyDesk プロジェクト (*.journey)</translation>
        </message>
        <message>
            <source>Palette</source>
            <translation>パレット</translation>
        </message>
        <message>
            <source>Journeys</source>
            <translation>ジャーニー</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>ペルソナ</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>インスペクター</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>データ</translation>
        </message>
        <message>
            <source>Snapshots</source>
            <translation>スナップショット</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>スコアカード</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>グラフ</translation>
        </message>
        <message>
            <source>Sc&amp;orecard</source>
            <translation>スコアカード(&amp;O)</translation>
        </message>
        <message>
            <source>Zoom {0} %</source>
            <translation>ズーム {0} %</translation>
        </message>
        <message>
            <source>Open or create a project first, then import data into it.</source>
            <translation>先にプロジェクトを開くか作成してから、データを取り込んでください。</translation>
        </message>
        <message>
            <source>Opened read-only</source>
            <translation>読み取り専用で開きました</translation>
        </message>
        <message>
            <source>Opened {0} and updated it to the current file format; the file as it was is kept as {1}</source>
            <translation>{0} を開き、現在のファイル形式に更新しました。元のファイルは {1} として残しています</translation>
        </message>
        <message>
            <source>Opened {0}</source>
            <translation>{0} を開きました</translation>
        </message>
        <message>
            <source>This project is open read-only.</source>
            <translation>このプロジェクトは読み取り専用で開かれています。</translation>
        </message>
        <message>
            <source>Compacted {name}: {before} before, {after} after.</source>
            <translation>{name} を最適化しました：{before} から {after} になりました。</translation>
        </message>
        <message>
            <source>The undo history was cleared: it could need what compacting removed.</source>
            <translation>元に戻す履歴は消去されました：最適化で削除したものが必要になる場合があるためです。</translation>
        </message>
        <message>
            <source>Compact Project</source>
            <translation>プロジェクトの最適化</translation>
        </message>
        <message>
            <source>About {percent} % of {name} is unused space (replaced pictures, data of removed imports). Compact the file now?</source>
            <translation>{name} の約 {percent} % は使われていない領域です（差し替えた画像、削除したインポートのデータ）。今すぐファイルを最適化しますか？</translation>
        </message>
        <message>
            <source>Compact</source>
            <translation>最適化</translation>
        </message>
        <message>
            <source>Not Now</source>
            <translation>後で</translation>
        </message>
        <message>
            <source>New Project</source>
            <translation>新規プロジェクト</translation>
        </message>
        <message>
            <source>Open Project</source>
            <translation>プロジェクトを開く</translation>
        </message>
        <message>
            <source>Save a Copy As</source>
            <translation>コピーを別名で保存</translation>
        </message>
        <message>
            <source>{0} copy</source>
            <translation>{0} のコピー</translation>
        </message>
        <message>
            <source>Saved a copy to {0}</source>
            <translation>コピーを {0} に保存しました</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>{0} を書き込みました</translation>
        </message>
        <message>
            <source>Image export cancelled; nothing was written.</source>
            <translation>画像のエクスポートはキャンセルされました。何も書き込まれていません。</translation>
        </message>
        <message>
            <source>JourneyDesk</source>
            <translation>JourneyDesk</translation>
        </message>
        <message>
            <source>{file} (read-only) — JourneyDesk</source>
            <translation>{file}（読み取り専用） — JourneyDesk</translation>
        </message>
        <message>
            <source>{file} — JourneyDesk</source>
            <translation>{file} — JourneyDesk</translation>
        </message>
        <message>
            <source>&amp;Undo {0}</source>
            <translation>元に戻す：{0}(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo {0}</source>
            <translation>やり直し：{0}(&amp;R)</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n 個を選択中</numerusform>
            </translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Qt について</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>New &amp;Blank Journey Map…</source>
            <translation>空のジャーニーマップを新規作成(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;New from Template</source>
            <translation>テンプレートから新規作成(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV の取り込み(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>エクスポート(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;PDF Report…</source>
            <translation>PDF レポート(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Image…</source>
            <translation>画像(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
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
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直し(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>切り取り(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>コピー(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>貼り付け(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>ステージ(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>レーン(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Touchpoint</source>
            <translation>タッチポイント(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>行動(&amp;A)</translation>
        </message>
        <message>
            <source>T&amp;hought</source>
            <translation>思考(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Pain Point</source>
            <translation>ペインポイント(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Opportunity</source>
            <translation>改善機会(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>メモ(&amp;N)</translation>
        </message>
        <message>
            <source>Emotion &amp;Marker</source>
            <translation>感情マーカー(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Touchpoints</source>
            <translation>タッチポイント(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation>行動(&amp;A)</translation>
        </message>
        <message>
            <source>T&amp;houghts</source>
            <translation>思考(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Emotions</source>
            <translation>感情(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Pain Points</source>
            <translation>ペインポイント(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Opportunities</source>
            <translation>改善機会(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Channels</source>
            <translation>チャネル(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Backstage</source>
            <translation>バックステージ(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>メモ(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Palette</source>
            <translation>パレット(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Journeys</source>
            <translation>ジャーニー(&amp;J)</translation>
        </message>
        <message>
            <source>P&amp;ersonas</source>
            <translation>ペルソナ(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Inspector</source>
            <translation>インスペクター(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Data</source>
            <translation>データ(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>グラフ(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Snapshots</source>
            <translation>スナップショット(&amp;S)</translation>
        </message>
        <message>
            <source>Save a Cop&amp;y As…</source>
            <translation>コピーを別名で保存(&amp;Y)…</translation>
        </message>
        <message>
            <source>Co&amp;mpact Project…</source>
            <translation>プロジェクトを最適化(&amp;M)…</translation>
        </message>
        <message>
            <source>Import &amp;Journey…</source>
            <translation>ジャーニーを取り込む(&amp;J)…</translation>
        </message>
        <message>
            <source>Export Jo&amp;urney…</source>
            <translation>ジャーニーを書き出す(&amp;U)…</translation>
        </message>
        <message>
            <source>Dup&amp;licate</source>
            <translation>複製(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>削除(&amp;D)</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>すべて選択(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>検索(&amp;F)…</translation>
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
            <source>Pr&amp;eferences…</source>
            <translation>環境設定(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Fit Journey</source>
            <translation>ジャーニー全体を表示(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>実際のサイズ(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Show Assumptions</source>
            <translation>仮説を表示(&amp;S)</translation>
        </message>
        <message>
            <source>Shade the cards that no evidence backs</source>
            <translation>エビデンスの裏付けがないカードに網掛けをします</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>プレゼンテーションモード(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next Panel</source>
            <translation>次のパネル(&amp;N)</translation>
        </message>
        <message>
            <source>Pre&amp;vious Panel</source>
            <translation>前のパネル(&amp;V)</translation>
        </message>
        <message>
            <source>Pane&amp;ls</source>
            <translation>パネル(&amp;L)</translation>
        </message>
        <message>
            <source>Notes &amp;lane</source>
            <translation>メモのレーン(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Metric Overlay</source>
            <translation>指標で色分け(&amp;M)</translation>
        </message>
        <message>
            <source>Colour the touchpoint cards by an imported metric</source>
            <translation>取り込んだ指標でタッチポイントのカードを色分けします</translation>
        </message>
        <message>
            <source>Import a CSV file with metrics (File ▸ Import CSV…) to colour the touchpoint cards by one of them</source>
            <translation>指標を含む CSV ファイルを取り込むと（ファイル ▸ CSV の取り込み…）、タッチポイントのカードを指標で色分けできます</translation>
        </message>
        <message>
            <source>Open a project with imported metrics to colour its touchpoint cards</source>
            <translation>指標を取り込んだプロジェクトを開くと、タッチポイントのカードを色分けできます</translation>
        </message>
        <message>
            <source>&amp;None</source>
            <translation>なし(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>挿入(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Connect Cards</source>
            <translation>カードをつなぐ(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About JourneyDesk</source>
            <translation>JourneyDesk について(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>メインツールバー</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>&amp;Journey</source>
            <translation>ジャーニー(&amp;J)</translation>
        </message>
        <message>
            <source>Take &amp;Snapshot…</source>
            <translation>スナップショットを取る(&amp;S)…</translation>
        </message>
        <message>
            <source>Create &amp;Future State…</source>
            <translation>将来像を作る(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>比較(&amp;C)…</translation>
        </message>
    </context>
    <context>
        <name>MapEditor</name>
        <message>
            <source>Add a stage first (Insert ▸ Stage).</source>
            <translation>先にステージを追加してください（挿入 ▸ ステージ）。</translation>
        </message>
        <message>
            <source>This journey has no emotions lane; add one first.</source>
            <translation>このジャーニーには感情のレーンがありません。先に追加してください。</translation>
        </message>
        <message>
            <source>Select a cell of the map first.</source>
            <translation>先にマップのセルを選択してください。</translation>
        </message>
        <message>
            <source>Find cards… (Enter: next, Esc: close)</source>
            <translation>カードを検索…（Enter：次へ、Esc：閉じる）</translation>
        </message>
        <message>
            <source>Find cards</source>
            <translation>カードを検索</translation>
        </message>
        <message>
            <source>A name cannot be empty.</source>
            <translation>名前は空にできません。</translation>
        </message>
        <message>
            <source>No card holds “{0}”.</source>
            <translation>「{0}」を含むカードはありません。</translation>
        </message>
        <message>
            <source>Match {0} of {1}</source>
            <translation>一致 {0} / {1}</translation>
        </message>
        <message>
            <source>New stage</source>
            <translation>新しいステージ</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>新しいペルソナ</translation>
        </message>
        <message>
            <source>Drop cards into a cell of the map (not the emotions lane).</source>
            <translation>カードはマップのセル（感情のレーン以外）にドロップしてください。</translation>
        </message>
        <message>
            <source>Drop emotion markers onto a stage of a journey with an emotions lane.</source>
            <translation>感情マーカーは、感情のレーンがあるジャーニーのステージにドロップしてください。</translation>
        </message>
        <message>
            <source>Delete {0} items</source>
            <translation>{0} 個の項目を削除</translation>
        </message>
        <message>
            <source>Cut card</source>
            <translation>カードの切り取り</translation>
        </message>
        <message>
            <source>Cut {0} cards</source>
            <translation>{0} 枚のカードの切り取り</translation>
        </message>
        <message>
            <source>Select a cell or a card to paste into.</source>
            <translation>貼り付け先のセルかカードを選択してください。</translation>
        </message>
        <message>
            <source>The pasted cells hold no text to place from the selected cell on.</source>
            <translation>貼り付けたセルには、選択したセルから配置できる文字がありません。</translation>
        </message>
        <message numerus="yes">
            <source>%n pasted cell(s) found no place on the map.</source>
            <translation>
                <numerusform>貼り付けたセルのうち %n 個はマップ上に置き場所がありませんでした。</numerusform>
            </translation>
        </message>
        <message>
            <source>Duplicate card</source>
            <translation>カードの複製</translation>
        </message>
        <message>
            <source>Duplicate {0} cards</source>
            <translation>{0} 枚のカードの複製</translation>
        </message>
    </context>
    <context>
        <name>MatchingPage</name>
        <message>
            <source>Matching</source>
            <translation>対応付け</translation>
        </message>
        <message>
            <source>Names in the file are matched to the map ignoring case, full-width or half-width forms and step numbers ('1. Awareness'). Change a match where it is wrong.</source>
            <translation>ファイル内の名前は、大文字と小文字、全角と半角、段階の番号（「1. 認知」など）を区別せずにマップと照合します。違っている照合は変更してください。</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>対応付け</translation>
        </message>
        <message>
            <source>Keys that match nothing</source>
            <translation>何にも対応しないキー</translation>
        </message>
        <message>
            <source>Create missing &amp;stages</source>
            <translation>不足しているステージを作成(&amp;S)</translation>
        </message>
        <message>
            <source>Create missing stages</source>
            <translation>不足しているステージを作成</translation>
        </message>
        <message>
            <source>&amp;Create missing touchpoints</source>
            <translation>不足しているタッチポイントを作成(&amp;C)</translation>
        </message>
        <message>
            <source>Create missing touchpoints</source>
            <translation>不足しているタッチポイントを作成</translation>
        </message>
        <message>
            <source>Where missing touchpoints go</source>
            <translation>不足しているタッチポイントの追加先</translation>
        </message>
        <message>
            <source>Problem matching keys</source>
            <translation>キーの対応付けの問題</translation>
        </message>
        <message>
            <source>Reading the names in the file…</source>
            <translation>ファイル内の名前を読み込んでいます…</translation>
        </message>
        <message>
            <source>Stages in column '{column}'</source>
            <translation>列「{column}」のステージ</translation>
        </message>
        <message>
            <source>Touchpoints in column '{column}'</source>
            <translation>列「{column}」のタッチポイント</translation>
        </message>
        <message>
            <source>Map entity for '{key}'</source>
            <translation>「{key}」に対応するマップの要素</translation>
        </message>
        <message>
            <source>… and 1 more key (matched by name)</source>
            <translation>…ほか1件のキー（名前で照合）</translation>
        </message>
        <message>
            <source>Every name in the file matches the map.</source>
            <translation>ファイル内のすべての名前がマップと一致しています。</translation>
        </message>
        <message>
            <source>Create missing touchpoints adds: {list}</source>
            <translation>「不足しているタッチポイントを作成」で追加されるもの：{list}</translation>
        </message>
        <message>
            <source>'{name}' in {stage}</source>
            <translation>{stage}に「{name}」</translation>
        </message>
        <message>
            <source>Checking every row to find where missing touchpoints go…</source>
            <translation>不足しているタッチポイントの追加先を調べるため、すべての行を確認しています…</translation>
        </message>
        <message>
            <source>(no match)</source>
            <translation>（対応なし）</translation>
        </message>
        <message>
            <source>Rows: {n}</source>
            <translation>行数：{n}</translation>
        </message>
        <message>
            <source>… and {n} more keys (matched by name)</source>
            <translation>…ほか {n} 個のキー（名前で対応付け済み）</translation>
        </message>
        <message>
            <source>No column holds stages or touchpoints: the values will not be tied to the map.</source>
            <translation>ステージやタッチポイントを含む列がありません。値はマップに結び付けられません。</translation>
        </message>
        <message>
            <source>Touchpoints that match nothing: {keys}</source>
            <translation>何にも対応しないタッチポイント：{keys}</translation>
        </message>
        <message>
            <source>Stages that match nothing: {keys}</source>
            <translation>何にも対応しないステージ：{keys}</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>名前(&amp;N):</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>メモ(&amp;O):</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Palette</source>
            <translation>パレット</translation>
        </message>
        <message>
            <source>Elements to add to the map. Press Enter to insert the chosen element at the selected cell.</source>
            <translation>マップに追加する要素です。Enter キーを押すと、選んだ要素を選択中のセルに挿入します。</translation>
        </message>
        <message>
            <source>{0}: drag onto the map, or press Enter to insert at the selected cell</source>
            <translation>{0}：マップにドラッグするか、Enter キーで選択中のセルに挿入</translation>
        </message>
    </context>
    <context>
        <name>PersonaDialog</name>
        <message>
            <source>“{file}” is {width}×{height} pixels, too large to open safely. Save a smaller copy and choose that.</source>
            <translation>「{file}」は {width}×{height} ピクセルあり、安全に開くには大きすぎます。小さくしたコピーを保存して、それを選んでください。</translation>
        </message>
        <message>
            <source>“{file}” is not a picture JourneyDesk can read (PNG, JPEG, GIF, BMP or WebP).</source>
            <translation>「{file}」は JourneyDesk で読み込める画像（PNG、JPEG、GIF、BMP、WebP）ではありません。</translation>
        </message>
        <message>
            <source>“{file}” is {size:.1f} MB; pictures must be {limit} MB or smaller.</source>
            <translation>「{file}」は {size:.1f} MB です。画像は {limit} MB 以下にしてください。</translation>
        </message>
        <message>
            <source>“{file}” cannot be read: {reason}.</source>
            <translation>「{file}」を読み込めません：{reason}。</translation>
        </message>
        <message>
            <source>“{file}” is larger than {limit} MB.</source>
            <translation>「{file}」は {limit} MB を超えています。</translation>
        </message>
        <message>
            <source>“{file}” could not be converted to PNG.</source>
            <translation>「{file}」を PNG に変換できませんでした。</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>ペルソナの編集</translation>
        </message>
        <message>
            <source>New persona</source>
            <translation>新しいペルソナ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>説明</translation>
        </message>
        <message>
            <source>Who they are, in as many lines as you need</source>
            <translation>どんな人か（何行でも書けます）</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>指定なし</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年齢</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>居住地</translation>
        </message>
        <message>
            <source>Quote</source>
            <translation>ひと言</translation>
        </message>
        <message>
            <source>What they might say, in their words</source>
            <translation>本人が言いそうなことを、本人の言葉で</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>ゴール</translation>
        </message>
        <message>
            <source>One goal per line</source>
            <translation>1 行に 1 つのゴール</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>ニーズ</translation>
        </message>
        <message>
            <source>One need per line</source>
            <translation>1 行に 1 つのニーズ</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>不満</translation>
        </message>
        <message>
            <source>One frustration per line</source>
            <translation>1 行に 1 つの不満</translation>
        </message>
        <message>
            <source>Preferred channels</source>
            <translation>よく使うチャネル</translation>
        </message>
        <message>
            <source>One channel per line</source>
            <translation>1 行に 1 つのチャネル</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>出典</translation>
        </message>
        <message>
            <source>Where this persona comes from (research, interviews…)</source>
            <translation>根拠（調査、インタビューなど）</translation>
        </message>
        <message>
            <source>First-time customer</source>
            <translation>初回利用の顧客</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>未指定</translation>
        </message>
        <message>
            <source>Returning customer</source>
            <translation>リピーター</translation>
        </message>
        <message>
            <source>First-time or returning customer</source>
            <translation>初回利用かリピーターか</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名前(&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>役割(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>説明(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Age:</source>
            <translation>年齢(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>居住地(&amp;L):</translation>
        </message>
        <message>
            <source>&amp;Quote:</source>
            <translation>ひと言(&amp;Q):</translation>
        </message>
        <message>
            <source>&amp;Goals:</source>
            <translation>ゴール(&amp;G):</translation>
        </message>
        <message>
            <source>N&amp;eeds:</source>
            <translation>ニーズ(&amp;E):</translation>
        </message>
        <message>
            <source>&amp;Frustrations:</source>
            <translation>不満(&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Channels:</source>
            <translation>チャネル(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>出典(&amp;S):</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>利用歴(&amp;U):</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>画像</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>画像を選択…</translation>
        </message>
        <message>
            <source>Choose picture</source>
            <translation>画像を選択</translation>
        </message>
        <message>
            <source>Use a PNG, JPEG, GIF, BMP or WebP file of up to 10 MB</source>
            <translation>10 MB までの PNG、JPEG、GIF、BMP、WebP ファイルを使えます</translation>
        </message>
        <message>
            <source>Remove picture</source>
            <translation>画像を削除</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>画像を選択</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
            <translation>画像 (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
        </message>
        <message>
            <source>Persona picture</source>
            <translation>ペルソナの画像</translation>
        </message>
        <message>
            <source>A persona needs a name.</source>
            <translation>ペルソナには名前が必要です。</translation>
        </message>
    </context>
    <context>
        <name>PersonaEvidence</name>
        <message>
            <source>Confidence</source>
            <translation>確度</translation>
        </message>
        <message>
            <source>Select a persona to see its evidence.</source>
            <translation>ペルソナを選ぶと、そのエビデンスが表示されます。</translation>
        </message>
    </context>
    <context>
        <name>PersonasPanel</name>
        <message>
            <source>Personas</source>
            <translation>ペルソナ</translation>
        </message>
        <message>
            <source>Drag a persona onto the map to show it on that journey</source>
            <translation>ペルソナをマップにドラッグすると、そのジャーニーに表示されます</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>新規…</translation>
        </message>
        <message>
            <source>Add a persona to the library</source>
            <translation>ライブラリーにペルソナを追加</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>編集…</translation>
        </message>
        <message>
            <source>Edit the selected persona</source>
            <translation>選択したペルソナを編集</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Delete the selected persona</source>
            <translation>選択したペルソナを削除</translation>
        </message>
        <message>
            <source>Assign to current journey</source>
            <translation>現在のジャーニーに割り当て</translation>
        </message>
        <message>
            <source>Show the selected persona on the journey that is open</source>
            <translation>選択したペルソナを、開いているジャーニーに表示</translation>
        </message>
        <message>
            <source>Persona actions</source>
            <translation>ペルソナの操作</translation>
        </message>
        <message>
            <source>Shown on the current journey</source>
            <translation>現在のジャーニーに表示中</translation>
        </message>
        <message>
            <source>Delete the persona “{name}”?</source>
            <translation>ペルソナ「{name}」を削除しますか？</translation>
        </message>
        <message numerus="yes">
            <source>It is shown on %n journey(s), which will keep their cards but show no persona.</source>
            <translation>
                <numerusform>%n 件のジャーニーに表示されています。それらのカードは残りますが、ペルソナは表示されなくなります。</numerusform>
            </translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>［編集］▸［元に戻す］で取り消せます。</translation>
        </message>
        <message>
            <source>Delete persona</source>
            <translation>ペルソナの削除</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>環境設定</translation>
        </message>
        <message>
            <source>System</source>
            <translation>システム</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>システムに合わせる</translation>
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
            <source>Theme</source>
            <translation>テーマ</translation>
        </message>
        <message>
            <source>Default paper size for reports</source>
            <translation>レポートの既定の用紙サイズ</translation>
        </message>
        <message>
            <source>Automatic: one page when it reads, else one per stage</source>
            <translation>自動：読める大きさなら1ページ、でなければステージごと</translation>
        </message>
        <message>
            <source>Whole map on one page</source>
            <translation>マップ全体を 1 ページに</translation>
        </message>
        <message>
            <source>Poster (tiled pages)</source>
            <translation>ポスター（複数ページに分割）</translation>
        </message>
        <message>
            <source>One page per stage</source>
            <translation>ステージごとに 1 ページ</translation>
        </message>
        <message>
            <source>Default map layout for reports</source>
            <translation>レポートの既定のマップレイアウト</translation>
        </message>
        <message>
            <source>Default author for reports</source>
            <translation>レポートの既定の作成者</translation>
        </message>
        <message>
            <source>Shown on report covers</source>
            <translation>レポートの表紙に表示されます</translation>
        </message>
        <message>
            <source>e.g. Frustrated</source>
            <translation>例：イライラ</translation>
        </message>
        <message>
            <source>e.g. Unhappy</source>
            <translation>例：不満</translation>
        </message>
        <message>
            <source>e.g. Neutral</source>
            <translation>例：ふつう</translation>
        </message>
        <message>
            <source>e.g. Pleased</source>
            <translation>例：満足</translation>
        </message>
        <message>
            <source>e.g. Delighted</source>
            <translation>例：大満足</translation>
        </message>
        <message>
            <source>Label for emotion score {0}</source>
            <translation>感情スコア {0} のラベル</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>言語(&amp;L):</translation>
        </message>
        <message>
            <source>A new language applies after JourneyDesk restarts.</source>
            <translation>新しい言語は JourneyDesk の再起動後に適用されます。</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>テーマ(&amp;T):</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>用紙サイズ(&amp;P):</translation>
        </message>
        <message>
            <source>Map la&amp;yout:</source>
            <translation>マップのレイアウト(&amp;Y):</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>作成者(&amp;A):</translation>
        </message>
        <message>
            <source>Emotion scale labels</source>
            <translation>感情の尺度のラベル</translation>
        </message>
        <message>
            <source>Shown beside the scale of the emotions lane; leave empty for numbers only.</source>
            <translation>感情のレーンの目盛りの横に表示されます。数値だけにするには空欄にしてください。</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>既定に戻す</translation>
        </message>
    </context>
    <context>
        <name>Presentation</name>
        <message>
            <source>→ next · ← back · Esc leave</source>
            <translation>→ 次へ・← 戻る・Esc 終了</translation>
        </message>
        <message>
            <source>Overview · {0}</source>
            <translation>全体・{0}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>全体</translation>
        </message>
        <message>
            <source>Stage {0} of {1} · {2}</source>
            <translation>ステージ {0}/{1}・{2}</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Export PDF Report</source>
            <translation>PDF レポートのエクスポート</translation>
        </message>
        <message>
            <source>Automatic: one page per journey where its text reads, else per stage</source>
            <translation>自動：文字が読める大きさならジャーニーごとに1ページ、でなければステージごと</translation>
        </message>
        <message>
            <source>Fit: each journey on one page</source>
            <translation>フィット：ジャーニーごとに 1 ページ</translation>
        </message>
        <message>
            <source>Poster: tiled across pages</source>
            <translation>ポスター：複数ページに分割</translation>
        </message>
        <message>
            <source>Stages: one page per stage</source>
            <translation>ステージ：ステージごとに 1 ページ</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>表紙</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目次</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>ペルソナ</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>マップ</translation>
        </message>
        <message>
            <source>Touchpoint inventory</source>
            <translation>タッチポイント一覧</translation>
        </message>
        <message>
            <source>Pain points and opportunities</source>
            <translation>ペインポイントと改善機会</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>スコアカード</translation>
        </message>
        <message>
            <source>Evidence (appendix)</source>
            <translation>エビデンス（付録）</translation>
        </message>
        <message>
            <source>Current and future state</source>
            <translation>現状と将来像</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>ロゴなし</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>クリア</translation>
        </message>
        <message>
            <source>“Made with JourneyDesk” at the foot of the last page</source>
            <translation>最後のページの下に「JourneyDesk で作成」と入れる</translation>
        </message>
        <message>
            <source>&amp;Journeys:</source>
            <translation>ジャーニー(&amp;J):</translation>
        </message>
        <message>
            <source>&amp;Paper:</source>
            <translation>用紙(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>レイアウト(&amp;L):</translation>
        </message>
        <message>
            <source>Poster &amp;scale:</source>
            <translation>ポスターの倍率(&amp;S):</translation>
        </message>
        <message>
            <source>Sections:</source>
            <translation>セクション：</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>タイトル(&amp;T):</translation>
        </message>
        <message>
            <source>S&amp;ubtitle:</source>
            <translation>サブタイトル(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>クライアント(&amp;C):</translation>
        </message>
        <message>
            <source>&amp;Author:</source>
            <translation>作成者(&amp;A):</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>日付(&amp;D):</translation>
        </message>
        <message>
            <source>Lo&amp;go:</source>
            <translation>ロゴ(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Brand colour:</source>
            <translation>ブランドカラー(&amp;B):</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>オプション</translation>
        </message>
        <message>
            <source>Cancel Export</source>
            <translation>エクスポートを中止</translation>
        </message>
        <message>
            <source>&amp;Open when done</source>
            <translation>完了したら開く(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>エクスポート(&amp;E)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Choose at least one journey to put in the report.</source>
            <translation>レポートに含めるジャーニーを 1 つ以上選んでください。</translation>
        </message>
        <message>
            <source>Choose at least one section to put in the report.</source>
            <translation>レポートに含めるセクションを 1 つ以上選んでください。</translation>
        </message>
        <message>
            <source>Choose a Logo</source>
            <translation>ロゴを選択</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>画像 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Brand Colour</source>
            <translation>ブランドカラー</translation>
        </message>
        <message>
            <source>Journey report</source>
            <translation>ジャーニーレポート</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文書 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write to the folder {0}. Choose a folder you can write to.</source>
            <translation>フォルダー {0} に書き込めません。書き込めるフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>The folder {0} does not exist. Choose another folder.</source>
            <translation>フォルダー {0} は存在しません。別のフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>{0} is a folder; give the PDF file a name.</source>
            <translation>{0} はフォルダーです。PDF ファイルの名前を指定してください。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>キャンセルしています…</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>レポートを書き込んでいます…</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>エクスポートはキャンセルされました。何も書き込まれていません。</translation>
        </message>
        <message>
            <source>The report was written to {0}, but no program to open PDF files is set up on this computer. Open it from your file manager, or install a PDF viewer.</source>
            <translation>レポートを {0} に書き出しましたが、このコンピューターには PDF ファイルを開くアプリが設定されていません。ファイルマネージャーから開くか、PDF ビューアーをインストールしてください。</translation>
        </message>
    </context>
    <context>
        <name>ReportPreview</name>
        <message>
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <source>Nothing to preview until the problem noted below is solved.</source>
            <translation>下記の問題が解決するまでプレビューできません。</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>プレビューを作成しています…</translation>
        </message>
        <message>
            <source>Pages 1–{0} of {1}.</source>
            <translation>全 {1} ページ中 1〜{0} ページ。</translation>
        </message>
        <message>
            <source>The report has {0} pages.</source>
            <translation>レポートは {0} ページです。</translation>
        </message>
    </context>
    <context>
        <name>ScorecardPanel</name>
        <message>
            <source>Stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>ベースライン</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>現在値</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>データソース</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>スコアカード</translation>
        </message>
        <message>
            <source>Copy Scorecard</source>
            <translation>スコアカードをコピー</translation>
        </message>
        <message>
            <source>Copy the scorecard as tab-separated text</source>
            <translation>スコアカードをタブ区切りテキストとしてコピーします</translation>
        </message>
        <message>
            <source>Whole journey</source>
            <translation>ジャーニー全体</translation>
        </message>
        <message>
            <source>Open a project to see its KPIs.</source>
            <translation>プロジェクトを開くと KPI が表示されます。</translation>
        </message>
        <message>
            <source>This journey has no KPIs yet. Add one in a stage's inspector, or with “journeydesk kpi” on the command line.</source>
            <translation>このジャーニーにはまだ KPI がありません。ステージのインスペクター、またはコマンドラインの「journeydesk kpi」で追加してください。</translation>
        </message>
        <message>
            <source>{0} of {1} KPIs on target, {2} off target, {3} without data</source>
            <translation>KPI {1} 件中 {0} 件が目標達成、{2} 件が未達、{3} 件がデータなし</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>キー</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Arrow keys</source>
            <translation>矢印キー</translation>
        </message>
        <message>
            <source>Commands</source>
            <translation>コマンド</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>マップ</translation>
        </message>
        <message>
            <source>Select the next cell, card, header or emotion marker</source>
            <translation>隣のセル、カード、見出し、感情マーカーを選択</translation>
        </message>
        <message>
            <source>Change the selected emotion marker's score</source>
            <translation>選択中の感情マーカーのスコアを変更</translation>
        </message>
        <message>
            <source>Edit the selected card, stage or lane name</source>
            <translation>選択中のカード、ステージ名、レーン名を編集</translation>
        </message>
        <message>
            <source>Start a new card in the selected cell</source>
            <translation>選択中のセルに新しいカードを作成</translation>
        </message>
        <message>
            <source>Type its text</source>
            <translation>文字を入力</translation>
        </message>
        <message>
            <source>Finish editing</source>
            <translation>編集を確定</translation>
        </message>
        <message>
            <source>New line while editing</source>
            <translation>編集中に改行</translation>
        </message>
        <message>
            <source>Stop editing without a change; from a card, select its cell</source>
            <translation>変更せずに編集を終了／カードからそのセルを選択</translation>
        </message>
        <message>
            <source>Delete the selection</source>
            <translation>選択したものを削除</translation>
        </message>
        <message>
            <source>Pan the map</source>
            <translation>マップをスクロール</translation>
        </message>
        <message>
            <source>Hold {0} and drag</source>
            <translation>{0} を押したままドラッグ</translation>
        </message>
        <message>
            <source>Save a stage or lane name and rename the next or previous one</source>
            <translation>ステージ名・レーン名を保存して次（前）の名前を編集</translation>
        </message>
        <message>
            <source>Presentation mode</source>
            <translation>プレゼンテーションモード</translation>
        </message>
        <message>
            <source>Next stage</source>
            <translation>次のステージ</translation>
        </message>
        <message>
            <source>Previous stage</source>
            <translation>前のステージ</translation>
        </message>
        <message>
            <source>The whole journey</source>
            <translation>ジャーニー全体</translation>
        </message>
        <message>
            <source>The last stage</source>
            <translation>最後のステージ</translation>
        </message>
        <message>
            <source>Add a card to the stage on show</source>
            <translation>表示中のステージにカードを追加</translation>
        </message>
        <message>
            <source>Leave presentation mode</source>
            <translation>プレゼンテーションモードを終了</translation>
        </message>
        <message>
            <source>Journeys panel</source>
            <translation>ジャーニーパネル</translation>
        </message>
        <message>
            <source>Add a blank journey</source>
            <translation>空のジャーニーを追加</translation>
        </message>
        <message>
            <source>Rename the selected journey</source>
            <translation>選択中のジャーニーの名前を変更</translation>
        </message>
        <message>
            <source>Delete the selected journey</source>
            <translation>選択中のジャーニーを削除</translation>
        </message>
        <message>
            <source>Move the journey up or down</source>
            <translation>ジャーニーを上下に移動</translation>
        </message>
    </context>
    <context>
        <name>SnapshotWindow</name>
        <message>
            <source>Snapshot “{0}” (read-only)</source>
            <translation>スナップショット「{0}」（読み取り専用）</translation>
        </message>
        <message>
            <source>Snapshot map</source>
            <translation>スナップショットのマップ</translation>
        </message>
    </context>
    <context>
        <name>SnapshotsPanel</name>
        <message>
            <source>Snapshots</source>
            <translation>スナップショット</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>取得日時</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Take…</source>
            <translation>取る…</translation>
        </message>
        <message>
            <source>Take a snapshot of the journey</source>
            <translation>ジャーニーのスナップショットを取る</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>開く</translation>
        </message>
        <message>
            <source>Show the snapshot's map, read-only</source>
            <translation>スナップショットのマップを読み取り専用で表示</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Compare the snapshot with the journey as it is now</source>
            <translation>スナップショットを今のジャーニーと比較</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>名前を変更…</translation>
        </message>
        <message>
            <source>Rename the snapshot</source>
            <translation>スナップショットの名前を変更</translation>
        </message>
        <message>
            <source>Note…</source>
            <translation>メモ…</translation>
        </message>
        <message>
            <source>Edit the snapshot's note</source>
            <translation>スナップショットのメモを編集</translation>
        </message>
        <message>
            <source>Restore as New</source>
            <translation>新しいジャーニーとして復元</translation>
        </message>
        <message>
            <source>Make a new journey from the snapshot</source>
            <translation>スナップショットから新しいジャーニーを作る</translation>
        </message>
        <message>
            <source>Restore Over…</source>
            <translation>上書きで復元…</translation>
        </message>
        <message>
            <source>Put the journey back as the snapshot has it</source>
            <translation>ジャーニーをスナップショットの状態に戻す</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Delete the snapshot</source>
            <translation>スナップショットを削除</translation>
        </message>
        <message>
            <source>Rename Snapshot</source>
            <translation>スナップショットの名前を変更</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>名前：</translation>
        </message>
        <message>
            <source>Snapshot Note</source>
            <translation>スナップショットのメモ</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>メモ：</translation>
        </message>
        <message>
            <source>Delete the snapshot “{0}”?</source>
            <translation>スナップショット「{0}」を削除しますか？</translation>
        </message>
        <message>
            <source>You can undo this with Edit ▸ Undo.</source>
            <translation>編集 ▸ 元に戻す で取り消せます。</translation>
        </message>
        <message>
            <source>Delete snapshot</source>
            <translation>スナップショットを削除</translation>
        </message>
        <message>
            <source>Replace the stages, lanes, cards and markers of “{journey}” with those of the snapshot “{snapshot}”?</source>
            <translation>「{journey}」のステージ、レーン、カード、マーカーをスナップショット「{snapshot}」のものに置き換えますか？</translation>
        </message>
        <message>
            <source>Restore snapshot</source>
            <translation>スナップショットを復元</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <source>Nothing has been imported yet. Finish imports the data; Cancel leaves the project as it is.</source>
            <translation>まだ何も取り込まれていません。［完了］でデータを取り込み、［キャンセル］でプロジェクトをそのままにします。</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>読み込んだ行</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>問題のある行</translation>
        </message>
        <message>
            <source>What will be created</source>
            <translation>作成されるもの</translation>
        </message>
        <message>
            <source>&amp;Skip rows with problems</source>
            <translation>問題のある行をスキップ(&amp;S)</translation>
        </message>
        <message>
            <source>Skip rows with problems</source>
            <translation>問題のある行をスキップ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Import status</source>
            <translation>取り込みの状況</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>すべての行を確認しています…</translation>
        </message>
        <message>
            <source>Rows read: {rows}. Rows with problems: {problems}.</source>
            <translation>読み込んだ行：{rows}。問題のある行：{problems}。</translation>
        </message>
        <message>
            <source>… and 1 more row with a problem.</source>
            <translation>…ほか1行に問題があります。</translation>
        </message>
        <message>
            <source>… and {n} more rows with problems.</source>
            <translation>…ほか {n} 行に問題があります。</translation>
        </message>
        <message>
            <source>A dataset '{name}' with 1 value.</source>
            <translation>1件の値を持つデータセット「{name}」。</translation>
        </message>
        <message>
            <source>A dataset '{name}' with {values} values.</source>
            <translation>{values}件の値を持つデータセット「{name}」。</translation>
        </message>
        <message>
            <source>{metric}: {why}</source>
            <translation>{metric}：{why}</translation>
        </message>
        <message>
            <source>; without an answer: {n}</source>
            <translation>、無回答：{n}</translation>
        </message>
        <message>
            <source>It replaces the dataset '{name}' (one undo step).</source>
            <translation>データセット「{name}」を置き換えます（1 回で元に戻せます）。</translation>
        </message>
        <message>
            <source>Names that match nothing on the map: {n}; their values are kept without a link.</source>
            <translation>マップのどれとも一致しない名前：{n}。その値は関連付けなしで保存されます。</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to JourneyDesk</source>
            <translation>JourneyDesk へようこそ</translation>
        </message>
        <message>
            <source>Map your customers' journeys offline, in one file you own. Start from a template, or look around the example project.</source>
            <translation>自分だけのファイルひとつで、顧客のジャーニーをオフラインでマッピングできます。テンプレートから始めるか、サンプルプロジェクトを見てみましょう。</translation>
        </message>
        <message>
            <source>Open the example project</source>
            <translation>サンプルプロジェクトを開く</translation>
        </message>
        <message>
            <source>New from a template:</source>
            <translation>テンプレートから新規作成：</translation>
        </message>
        <message>
            <source>Recent projects:</source>
            <translation>最近使ったプロジェクト：</translation>
        </message>
        <message>
            <source>Recent projects</source>
            <translation>最近使ったプロジェクト</translation>
        </message>
    </context>
    <context>
        <name>_RenameDelegate</name>
        <message>
            <source>Journey name</source>
            <translation>ジャーニー名</translation>
        </message>
    </context>
    <context>
        <name>journeydesk</name>
        <message>
            <source>Created {path} ({template}, {lang}).</source>
            <translation>{path} を作成しました（{template}、{lang}）。</translation>
        </message>
        <message>
            <source>{path}: JourneyDesk project, file format {version}</source>
            <translation>{path}：JourneyDesk プロジェクト、ファイル形式 {version}</translation>
        </message>
        <message>
            <source>{journeys} journeys, {personas} personas, {cards} cards, {emotion_markers} emotion markers, {links} links</source>
            <translation>ジャーニー {journeys} 件、ペルソナ {personas} 件、カード {cards} 枚、感情マーカー {emotion_markers} 個、リンク {links} 本</translation>
        </message>
        <message>
            <source>OK: {path} is a sound JourneyDesk project (file format {version}, {entities} entries in {rows} rows).</source>
            <translation>OK：{path} は正常な JourneyDesk プロジェクトです（ファイル形式 {version}、{rows} 行に {entities} 項目）。</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>{path} を書き込みました</translation>
        </message>
        <message>
            <source>Offline customer journey mapping. Without a command, opens the app.</source>
            <translation>オフラインのカスタマージャーニーマッピング。コマンドを指定しないとアプリを開きます。</translation>
        </message>
        <message>
            <source>Commands: {commands}. Run 'journeydesk COMMAND --help' for each.</source>
            <translation>コマンド：{commands}。各コマンドの説明は 'journeydesk COMMAND --help' で表示されます。</translation>
        </message>
        <message>
            <source>a .journey project to open</source>
            <translation>開く .journey プロジェクト</translation>
        </message>
        <message>
            <source>open (a personal copy of) the bundled example project</source>
            <translation>同梱のサンプルプロジェクト（の個人用コピー）を開く</translation>
        </message>
        <message>
            <source>create a project file from a template</source>
            <translation>テンプレートからプロジェクトファイルを作成する</translation>
        </message>
        <message>
            <source>the .journey file to create</source>
            <translation>作成する .journey ファイル</translation>
        </message>
        <message>
            <source>starter journey (see 'journeydesk templates'); default: blank</source>
            <translation>最初のジャーニー（'journeydesk templates' を参照）。既定：blank</translation>
        </message>
        <message>
            <source>project title; default: the template's</source>
            <translation>プロジェクトのタイトル。既定：テンプレートのタイトル</translation>
        </message>
        <message>
            <source>show the journeys and counts of a project</source>
            <translation>プロジェクトのジャーニーと件数を表示する</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>JSON で出力する</translation>
        </message>
        <message>
            <source>check a project's integrity; exit status 0 if sound</source>
            <translation>プロジェクトの整合性を検査する。正常なら終了ステータス 0</translation>
        </message>
        <message>
            <source>list the built-in starter journeys</source>
            <translation>組み込みのテンプレートを一覧表示する</translation>
        </message>
        <message>
            <source>render the editor with a project to a PNG, no screen needed</source>
            <translation>プロジェクトを開いたエディターを PNG に描画する（画面は不要）</translation>
        </message>
        <message>
            <source>the .journey project (opened read-only)</source>
            <translation>.journey プロジェクト（読み取り専用で開きます）</translation>
        </message>
        <message>
            <source>the PNG file to write</source>
            <translation>書き込む PNG ファイル</translation>
        </message>
        <message>
            <source>the journey to show, by name; default: the first</source>
            <translation>表示するジャーニーの名前。既定：最初のジャーニー</translation>
        </message>
        <message>
            <source>window size WIDTHxHEIGHT; default: 1400x860</source>
            <translation>ウィンドウサイズ（幅x高さ）。既定：1400x860</translation>
        </message>
        <message>
            <source>Title: {title}</source>
            <translation>タイトル：{title}</translation>
        </message>
        <message>
            <source> — persona: {name}</source>
            <translation> — ペルソナ：{name}</translation>
        </message>
        <message>
            <source>  • {name}{persona}: {stages} stages, {lanes} lanes, {cards} cards, {markers} emotion markers</source>
            <translation>  • {name}{persona}：ステージ {stages} 個、レーン {lanes} 本、カード {cards} 枚、感情マーカー {markers} 個</translation>
        </message>
        <message>
            <source>{path} is damaged ({detail}). Open a backup or an earlier copy.</source>
            <translation>{path} は破損しています（{detail}）。バックアップか以前のコピーを開いてください。</translation>
        </message>
        <message>
            <source>--size must look like 1400x860, not '{size}'.</source>
            <translation>--size は 1400x860 のように指定してください（'{size}' ではなく）。</translation>
        </message>
        <message>
            <source>'{word}' is neither a command nor a file. Commands: {commands}; or give a .journey file to open.</source>
            <translation>'{word}' はコマンドでもファイルでもありません。コマンド：{commands}。または開く .journey ファイルを指定してください。</translation>
        </message>
        <message>
            <source>No display found: the app needs a desktop session. The commands ({commands}) work without one.</source>
            <translation>ディスプレイが見つかりません。アプリにはデスクトップセッションが必要です。コマンド（{commands}）はディスプレイなしで使えます。</translation>
        </message>
        <message>
            <source>journeydesk: {message}</source>
            <translation>journeydesk: {message}</translation>
        </message>
        <message>
            <source>The desktop interface cannot start: {reason}.</source>
            <translation>デスクトップインターフェイスを起動できません：{reason}。</translation>
        </message>
        <message>
            <source>The desktop interface cannot start: {reason}. Reinstall JourneyDesk, or use the commands (journeydesk --help).</source>
            <translation>デスクトップインターフェイスを起動できません：{reason}。JourneyDesk を再インストールするか、コマンドを使ってください（journeydesk --help）。</translation>
        </message>
        <message>
            <source>Cannot copy the example project: {reason}.</source>
            <translation>サンプルプロジェクトをコピーできません：{reason}。</translation>
        </message>
        <message>
            <source>There is no journey named '{name}'. Journeys: {names}.</source>
            <translation>'{name}' という名前のジャーニーはありません。ジャーニー：{names}。</translation>
        </message>
        <message>
            <source>the .journey project</source>
            <translation>.journey プロジェクト</translation>
        </message>
        <message>
            <source>the CSV file</source>
            <translation>CSV ファイル</translation>
        </message>
        <message>
            <source>a JSON mapping of columns to roles (default: detected)</source>
            <translation>列と役割の対応付けを記した JSON（既定：自動検出）</translation>
        </message>
        <message>
            <source>the journey whose stages and touchpoints the data names; default: the first</source>
            <translation>データが指すステージとタッチポイントを持つジャーニー。既定：最初のジャーニー</translation>
        </message>
        <message>
            <source>how to read dates like 03/04/2024</source>
            <translation>03/04/2024 のような日付の読み方</translation>
        </message>
        <message>
            <source>import the good rows when some rows have problems</source>
            <translation>一部の行に問題があっても、正常な行を取り込む</translation>
        </message>
        <message>
            <source>add touchpoint cards for touchpoint names the map does not have</source>
            <translation>マップにないタッチポイント名のタッチポイントカードを追加する</translation>
        </message>
        <message>
            <source>print a metric per touchpoint, stage, channel or period</source>
            <translation>タッチポイント、ステージ、チャネル、期間ごとの指標を表示する</translation>
        </message>
        <message>
            <source>how to group; default: touchpoint</source>
            <translation>集計の単位。既定：touchpoint</translation>
        </message>
        <message>
            <source>only the data of this journey</source>
            <translation>このジャーニーのデータだけ</translation>
        </message>
        <message>
            <source>The project has no journey to attach data to; add one first.</source>
            <translation>データを結び付けるジャーニーがプロジェクトにありません。先に追加してください。</translation>
        </message>
        <message>
            <source>Touchpoints not on the map: {names} (use --create-touchpoints to add them).</source>
            <translation>マップにないタッチポイント：{names}（追加するには --create-touchpoints を指定してください）。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>{path} を読み込めません：{reason}。</translation>
        </message>
        <message>
            <source>{path}: the dates in column '{column}' could be day/month or month/day; give --date-order dmy or mdy.</source>
            <translation>{path}：列 '{column}' の日付は日/月とも月/日とも読めます。--date-order dmy か mdy を指定してください。</translation>
        </message>
        <message>
            <source>Cannot use the mapping {path}: {reason}.</source>
            <translation>対応付け {path} を使えません：{reason}。</translation>
        </message>
        <message>
            <source>write a PDF report of a project for clients</source>
            <translation>クライアント向けにプロジェクトの PDF レポートを書き出す</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>書き込む PDF ファイル</translation>
        </message>
        <message>
            <source>a journey to include, by name (repeat for several); default: all</source>
            <translation>含めるジャーニーの名前（複数なら繰り返し指定）。既定：すべて</translation>
        </message>
        <message>
            <source>paper size; maps are printed landscape; default: A4</source>
            <translation>用紙サイズ。マップは横向きで印刷されます。既定：A4</translation>
        </message>
        <message>
            <source>sections to include, from: {names}; default: all</source>
            <translation>含めるセクション（{names} から選択）。既定：すべて</translation>
        </message>
        <message>
            <source>a PNG or JPEG image for the cover</source>
            <translation>表紙に載せる PNG または JPEG 画像</translation>
        </message>
        <message>
            <source>report title; default: the project's</source>
            <translation>レポートのタイトル。既定：プロジェクトのタイトル</translation>
        </message>
        <message>
            <source>a line under the title on the cover</source>
            <translation>表紙のタイトルの下に入れる 1 行</translation>
        </message>
        <message>
            <source>client name; default: the project's</source>
            <translation>クライアント名。既定：プロジェクトの設定</translation>
        </message>
        <message>
            <source>author; default: the project's</source>
            <translation>作成者。既定：プロジェクトの設定</translation>
        </message>
        <message>
            <source>the date printed on the cover, as written; default: none</source>
            <translation>表紙に記載する日付（入力どおり）。既定：なし</translation>
        </message>
        <message>
            <source>brand colour like #2f6fb3; default: the project's</source>
            <translation>#2f6fb3 のようなブランドカラー。既定：プロジェクトの設定</translation>
        </message>
        <message>
            <source>--sections needs at least one of: {choices}.</source>
            <translation>--sections には次のうち少なくとも 1 つが必要です：{choices}。</translation>
        </message>
        <message>
            <source>The report {path} would replace the project itself; choose another name ending in .pdf.</source>
            <translation>レポート {path} はプロジェクトそのものを上書きしてしまいます。.pdf で終わる別の名前を選んでください。</translation>
        </message>
        <message>
            <source>{path} is a folder; give the PDF file to write, e.g. {path}/report.pdf.</source>
            <translation>{path} はフォルダーです。書き込む PDF ファイルを指定してください（例：{path}/report.pdf）。</translation>
        </message>
        <message>
            <source>There is no report section '{name}'. Choose from: {choices}.</source>
            <translation>レポートのセクション '{name}' はありません。次から選んでください：{choices}。</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>Add {kind}</source>
            <translation>{kind}を追加</translation>
        </message>
        <message>
            <source>touchpoint</source>
            <translation>タッチポイント</translation>
        </message>
        <message>
            <source>action</source>
            <translation>行動</translation>
        </message>
        <message>
            <source>thought</source>
            <translation>思考</translation>
        </message>
        <message>
            <source>pain point</source>
            <translation>ペインポイント</translation>
        </message>
        <message>
            <source>opportunity</source>
            <translation>改善機会</translation>
        </message>
        <message>
            <source>channel</source>
            <translation>チャネル</translation>
        </message>
        <message>
            <source>backstage process</source>
            <translation>バックステージのプロセス</translation>
        </message>
        <message>
            <source>note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Move card</source>
            <translation>カードの移動</translation>
        </message>
        <message>
            <source>Move {n} cards</source>
            <translation>{n} 枚のカードの移動</translation>
        </message>
        <message>
            <source>Delete card</source>
            <translation>カードの削除</translation>
        </message>
        <message>
            <source>Delete {n} cards</source>
            <translation>{n} 枚のカードの削除</translation>
        </message>
        <message>
            <source>Add emotion marker</source>
            <translation>感情マーカーの追加</translation>
        </message>
        <message>
            <source>Add link</source>
            <translation>リンクの追加</translation>
        </message>
        <message>
            <source>Edit link</source>
            <translation>リンクの編集</translation>
        </message>
        <message>
            <source>Delete link</source>
            <translation>リンクの削除</translation>
        </message>
        <message>
            <source>Add persona “{name}”</source>
            <translation>ペルソナ「{name}」の追加</translation>
        </message>
        <message>
            <source>Paste card</source>
            <translation>カードの貼り付け</translation>
        </message>
        <message>
            <source>Paste {n} cards</source>
            <translation>{n} 枚のカードの貼り付け</translation>
        </message>
        <message>
            <source>Edit persona</source>
            <translation>ペルソナの編集</translation>
        </message>
        <message>
            <source>Delete persona “{name}”</source>
            <translation>ペルソナ「{name}」の削除</translation>
        </message>
        <message>
            <source>Refresh “{name}”</source>
            <translation>「{name}」の再読み込み</translation>
        </message>
        <message>
            <source>Import “{name}”</source>
            <translation>「{name}」の取り込み</translation>
        </message>
        <message>
            <source>Delete data “{name}”</source>
            <translation>データ「{name}」の削除</translation>
        </message>
        <message>
            <source>Add touchpoint</source>
            <translation>タッチポイントの追加</translation>
        </message>
        <message>
            <source>Add {n} touchpoints</source>
            <translation>{n} 個のタッチポイントの追加</translation>
        </message>
        <message>
            <source>The stage and the lane belong to different journeys.</source>
            <translation>ステージとレーンが別々のジャーニーに属しています。</translation>
        </message>
        <message>
            <source>The emotions lane holds emotion markers, not cards.</source>
            <translation>感情のレーンには、カードではなく感情マーカーを置きます。</translation>
        </message>
        <message>
            <source>Edit card text</source>
            <translation>カードのテキストの編集</translation>
        </message>
        <message>
            <source>Edit card</source>
            <translation>カードの編集</translation>
        </message>
        <message>
            <source>Cards can only move within their journey; copy them instead.</source>
            <translation>カードは同じジャーニーの中でしか移動できません。代わりにコピーしてください。</translation>
        </message>
        <message>
            <source>Emotion markers belong in an emotions lane.</source>
            <translation>感情マーカーは感情のレーンに置きます。</translation>
        </message>
        <message>
            <source>Move emotion marker</source>
            <translation>感情マーカーの移動</translation>
        </message>
        <message>
            <source>Edit emotion marker</source>
            <translation>感情マーカーの編集</translation>
        </message>
        <message>
            <source>Delete emotion marker</source>
            <translation>感情マーカーの削除</translation>
        </message>
        <message>
            <source>Delete {n} emotion markers</source>
            <translation>{n} 個の感情マーカーの削除</translation>
        </message>
        <message>
            <source>A link joins two cards of the same journey.</source>
            <translation>リンクは同じジャーニーの 2 枚のカードを結びます。</translation>
        </message>
        <message>
            <source>Change persona picture</source>
            <translation>ペルソナの画像の変更</translation>
        </message>
        <message>
            <source>Remove persona picture</source>
            <translation>ペルソナの画像の削除</translation>
        </message>
        <message>
            <source>Use move_cards to move a card.</source>
            <translation>カードの移動には move_cards を使ってください。</translation>
        </message>
        <message>
            <source>This journey has no emotions lane; add one first.</source>
            <translation>このジャーニーには感情のレーンがありません。先に追加してください。</translation>
        </message>
        <message>
            <source>This journey has no touchpoints lane; add one first.</source>
            <translation>このジャーニーにはタッチポイントのレーンがありません。先に追加してください。</translation>
        </message>
        <message>
            <source>'{label}' no longer fits the project: {kind} {id} has changed.</source>
            <translation>'{label}' はもうプロジェクトの内容と合いません：{kind} {id} が変更されています。</translation>
        </message>
        <message>
            <source>{kind} {id} and the {target} it refers to belong to different journeys.</source>
            <translation>{kind} {id} と、それが参照する {target} が別々のジャーニーに属しています。</translation>
        </message>
        <message>
            <source>{kind} {id} cannot be removed while {referrer} {referrer_id} refers to it.</source>
            <translation>{referrer} {referrer_id} が参照しているあいだは、{kind} {id} を削除できません。</translation>
        </message>
        <message>
            <source>An update must keep the entity's kind and id.</source>
            <translation>更新では要素の種類と ID を変えられません。</translation>
        </message>
        <message>
            <source>{kind} {id} cannot move to another journey; copy it instead.</source>
            <translation>{kind} {id} は別のジャーニーへ移動できません。代わりにコピーしてください。</translation>
        </message>
        <message>
            <source>{kind} {id} refers to a missing {target} {target_id}.</source>
            <translation>{kind} {id} が、存在しない {target} {target_id} を参照しています。</translation>
        </message>
        <message>
            <source>{kind} has no field {names} that can be set here.</source>
            <translation>{kind} には、ここで設定できるフィールド {names} がありません。</translation>
        </message>
        <message>
            <source>There is no {kind} with id {id}.</source>
            <translation>ID が {id} の {kind} はありません。</translation>
        </message>
        <message>
            <source>{field} of {kind} cannot be {value!r}.</source>
            <translation>{kind} の {field} を {value!r} にはできません。</translation>
        </message>
        <message>
            <source>{value!r} is not a valid {field}; choose one of: {choices}.</source>
            <translation>{value!r} は {field} として無効です。次から選んでください：{choices}。</translation>
        </message>
        <message>
            <source>{field} of {kind} is {n} characters long; the limit is {limit}.</source>
            <translation>{kind} の {field} が {n} 文字あります。上限は {limit} 文字です。</translation>
        </message>
        <message>
            <source>{field} '{value}' is not a colour like #4a90d9.</source>
            <translation>{field} の '{value}' は #4a90d9 のような色ではありません。</translation>
        </message>
        <message>
            <source>{field} must be between {low} and {high}, not {value}.</source>
            <translation>{field} は {low} から {high} のあいだにしてください（{value} ではなく）。</translation>
        </message>
        <message>
            <source>An entity has an empty id.</source>
            <translation>要素の ID が空です。</translation>
        </message>
        <message>
            <source>An image of {n} bytes is larger than the {limit} byte limit.</source>
            <translation>{n} バイトの画像は、上限の {limit} バイトを超えています。</translation>
        </message>
        <message>
            <source>An emotion marker's place within its stage must be between 0 and 1, not {value}.</source>
            <translation>感情マーカーのステージ内の位置は 0 から 1 のあいだにしてください（{value} ではなく）。</translation>
        </message>
        <message>
            <source>A link cannot join a card to itself.</source>
            <translation>リンクでカードを自分自身に結ぶことはできません。</translation>
        </message>
        <message>
            <source>Move stage “{name}”</source>
            <translation>ステージ「{name}」の移動</translation>
        </message>
        <message>
            <source>Edit project details</source>
            <translation>プロジェクトの詳細の編集</translation>
        </message>
        <message>
            <source>Add journey “{name}”</source>
            <translation>ジャーニー「{name}」の追加</translation>
        </message>
        <message>
            <source>Reorder journeys</source>
            <translation>ジャーニーの並べ替え</translation>
        </message>
        <message>
            <source>Delete journey “{name}”</source>
            <translation>ジャーニー「{name}」の削除</translation>
        </message>
        <message>
            <source>Duplicate journey “{name}”</source>
            <translation>ジャーニー「{name}」の複製</translation>
        </message>
        <message>
            <source>Add stage “{name}”</source>
            <translation>ステージ「{name}」の追加</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>ステージの名前の変更</translation>
        </message>
        <message>
            <source>Recolour stage</source>
            <translation>ステージの色の変更</translation>
        </message>
        <message>
            <source>Resize stage</source>
            <translation>ステージのサイズ変更</translation>
        </message>
        <message>
            <source>Delete stage “{name}”</source>
            <translation>ステージ「{name}」の削除</translation>
        </message>
        <message>
            <source>Add lane “{name}”</source>
            <translation>レーン「{name}」の追加</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>レーンの名前の変更</translation>
        </message>
        <message>
            <source>Resize lane</source>
            <translation>レーンのサイズ変更</translation>
        </message>
        <message>
            <source>Move lane “{name}”</source>
            <translation>レーン「{name}」の移動</translation>
        </message>
        <message>
            <source>Delete lane “{name}”</source>
            <translation>レーン「{name}」の削除</translation>
        </message>
        <message>
            <source>Edit journey</source>
            <translation>ジャーニーの編集</translation>
        </message>
        <message>
            <source>Assign persona</source>
            <translation>ペルソナの割り当て</translation>
        </message>
        <message>
            <source>Remove persona from journey</source>
            <translation>ジャーニーからペルソナを外す</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>ステージの編集</translation>
        </message>
        <message>
            <source>Edit lane</source>
            <translation>レーンの編集</translation>
        </message>
        <message>
            <source>An entity with id {id} already exists.</source>
            <translation>ID が {id} の要素はすでに存在します。</translation>
        </message>
        <message>
            <source>Rename journey</source>
            <translation>ジャーニーの名前の変更</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name}（コピー）</translation>
        </message>
        <message>
            <source>Cards can only move to another stage or lane of the same journey.</source>
            <translation>カードは同じジャーニーの別のステージかレーンにしか移動できません。</translation>
        </message>
        <message>
            <source>Only an empty lane can change its kind.</source>
            <translation>種類を変えられるのは空のレーンだけです。</translation>
        </message>
        <message>
            <source>Emotion markers can only move to another emotions lane.</source>
            <translation>感情マーカーは別の感情のレーンにしか移動できません。</translation>
        </message>
        <message>
            <source>Unknown template '{name}'; valid names are: {names}.</source>
            <translation>不明なテンプレート '{name}' です。有効な名前：{names}。</translation>
        </message>
        <message>
            <source>Unknown template language '{lang}'; valid languages are: {langs}.</source>
            <translation>不明なテンプレートの言語 '{lang}' です。有効な言語：{langs}。</translation>
        </message>
        <message>
            <source>{name} is empty: choose a file that contains a table.</source>
            <translation>{name} は空です。表を含むファイルを選んでください。</translation>
        </message>
        <message>
            <source>{name} looks like binary data ({what}), not a CSV text file: export the data from its application as CSV and import that file.</source>
            <translation>{name} は CSV のテキストファイルではなくバイナリデータのようです（{what}）。元のアプリケーションからデータを CSV で書き出し、そのファイルを取り込んでください。</translation>
        </message>
        <message>
            <source>Line {line}: {found} fields, expected {expected}: fix the row in the file or skip it.</source>
            <translation>{line} 行目：フィールドが {found} 個あります（{expected} 個のはず）。ファイルのその行を修正するか、スキップしてください。</translation>
        </message>
        <message>
            <source>it contains NUL bytes</source>
            <translation>NUL バイトが含まれています</translation>
        </message>
        <message>
            <source>it is full of control characters</source>
            <translation>制御文字だらけです</translation>
        </message>
        <message>
            <source>{name} is an Excel workbook, not a CSV file: in Excel choose File → Save As → "CSV UTF-8" and import that file.</source>
            <translation>{name} は CSV ファイルではなく Excel ブックです。Excel で［ファイル］→［名前を付けて保存］→「CSV UTF-8」を選び、そのファイルを取り込んでください。</translation>
        </message>
        <message>
            <source>an image, PDF or database file</source>
            <translation>画像、PDF またはデータベースのファイル</translation>
        </message>
        <message>
            <source>{name} has only comment lines (starting with #) and no table: export the data again with its rows.</source>
            <translation>{name} にはコメント行（# で始まる行）しかなく、表がありません。行を含めてデータを書き出し直してください。</translation>
        </message>
        <message>
            <source>The delimiter must be one character other than the quote character and line breaks (found '{delimiter}'): choose comma, semicolon, tab or pipe.</source>
            <translation>区切り文字は、引用符と改行以外の 1 文字にしてください（'{delimiter}' が指定されています）。カンマ、セミコロン、タブ、パイプから選んでください。</translation>
        </message>
        <message>
            <source>The quote character must be one character, or none (found '{quote}'): choose " or '.</source>
            <translation>引用符は 1 文字か、なしにしてください（'{quote}' が指定されています）。" か ' を選んでください。</translation>
        </message>
        <message>
            <source>Lines to skip and header rows cannot be negative: enter 0 or more.</source>
            <translation>スキップする行数と見出し行は負の数にできません。0 以上を入力してください。</translation>
        </message>
        <message>
            <source>Column {n}</source>
            <translation>列 {n}</translation>
        </message>
        <message>
            <source> (first bad byte on line {line})</source>
            <translation> （{line} 行目に最初の不正なバイト）</translation>
        </message>
        <message>
            <source>{name} cannot be read as {encoding}{where}: choose another encoding (Japanese Excel saves CP932; older Western files are Latin-1).</source>
            <translation>{name} を {encoding} として読み込めません{where}。別の文字コードを選んでください（日本語版 Excel は CP932 で保存し、古い欧文のファイルは Latin-1 です）。</translation>
        </message>
        <message>
            <source>Line {line}: {found} fields, expected {expected}; the row runs on to line {end}: check for an unmatched quote character.</source>
            <translation>{line} 行目：フィールドが {found} 個あります（{expected} 個のはず）。この行は {end} 行目まで続いています。閉じていない引用符がないか確認してください。</translation>
        </message>
        <message>
            <source>The text encoding of {name} could not be recognised (it is not UTF-8, UTF-16, Shift_JIS/CP932 or Latin-1): save it from your spreadsheet as "CSV UTF-8" and import it again, or choose the encoding by hand.</source>
            <translation>{name} の文字コードを判別できませんでした（UTF-8、UTF-16、Shift_JIS/CP932、Latin-1 のいずれでもありません）。表計算ソフトから「CSV UTF-8」で保存して取り込み直すか、文字コードを手動で選んでください。</translation>
        </message>
        <message>
            <source>'{encoding}' is not a known text encoding: choose one such as UTF-8, CP932 (Japanese Excel), UTF-16 or Latin-1.</source>
            <translation>'{encoding}' は既知の文字コードではありません。UTF-8、CP932（日本語版 Excel）、UTF-16、Latin-1 などを選んでください。</translation>
        </message>
        <message>
            <source>{name} has no header row after the {skip} skipped lines: lower the number of lines to skip.</source>
            <translation>{name} には、スキップした {skip} 行のあとに見出し行がありません。スキップする行数を減らしてください。</translation>
        </message>
        <message>
            <source>'{encoding}' is not a text encoding: choose one such as UTF-8, CP932 or Latin-1.</source>
            <translation>'{encoding}' は文字コードではありません。UTF-8、CP932、Latin-1 などを選んでください。</translation>
        </message>
        <message>
            <source>{name} has a header but no data rows: export the data again with its rows.</source>
            <translation>{name} には見出しはありますがデータ行がありません。行を含めてデータを書き出し直してください。</translation>
        </message>
        <message>
            <source>Line {line}: a quoted field never ends (an unmatched quote character): check the file there, or read it with no quote character.</source>
            <translation>{line} 行目：引用符で囲まれたフィールドが終わっていません（閉じていない引用符）。ファイルのその箇所を確認するか、引用符なしで読み込んでください。</translation>
        </message>
        <message>
            <source>'{text}' is not a date: use a form such as 2024-03-14, 2024/3/14, 14.03.2024 or 03/14/2024, or correct the cell.</source>
            <translation>'{text}' は日付ではありません。2024-03-14、2024/3/14、14.03.2024、03/14/2024 のような形式にするか、セルを修正してください。</translation>
        </message>
        <message>
            <source>The decimal separator must be '.' or ',', not '{decimal}': choose one of them.</source>
            <translation>小数点は '.' か ',' にしてください（'{decimal}' ではなく）。</translation>
        </message>
        <message>
            <source>'{text}' is not a number (decimal separator '{decimal}'): correct the cell, choose the other decimal separator, or skip the row.</source>
            <translation>'{text}' は数値ではありません（小数点 '{decimal}'）。セルを修正するか、もう一方の小数点を選ぶか、その行をスキップしてください。</translation>
        </message>
        <message>
            <source>'{text}' is not a valid date (no such day or month): correct the cell or check the date order.</source>
            <translation>'{text}' は有効な日付ではありません（存在しない日または月）。セルを修正するか、日付の順序を確認してください。</translation>
        </message>
        <message>
            <source>Unknown date order '{order}': choose ymd, dmy or mdy.</source>
            <translation>不明な日付の順序 '{order}' です。ymd、dmy、mdy から選んでください。</translation>
        </message>
        <message>
            <source>'{text}' could be {options}: choose the date order.</source>
            <translation>'{text}' は {options} のどれとも読めます。日付の順序を選んでください。</translation>
        </message>
        <message>
            <source>None of the values is a date: choose another column for the date.</source>
            <translation>日付である値がひとつもありません。日付には別の列を選んでください。</translation>
        </message>
        <message>
            <source>'{text}' has an impossible time of day: correct the cell.</source>
            <translation>'{text}' の時刻はありえない値です。セルを修正してください。</translation>
        </message>
        <message>
            <source>'{text}' is not a valid {label} date: correct the cell or choose another date order.</source>
            <translation>'{text}' は {label} の日付として有効ではありません。セルを修正するか、別の日付の順序を選んでください。</translation>
        </message>
        <message>
            <source>'{text}' does not fit the date order of the values before it ({orders}): correct the column or choose the order by hand.</source>
            <translation>'{text}' は、それより前の値の日付の順序（{orders}）と合いません。列を修正するか、順序を手動で選んでください。</translation>
        </message>
        <message>
            <source>The file has no column {names}; it may have changed shape. Check the mapping.</source>
            <translation>ファイルに列 {names} がありません。ファイルの形が変わった可能性があります。対応付けを確認してください。</translation>
        </message>
        <message>
            <source>The dataset's saved settings cannot be read ({reason}); import the file again.</source>
            <translation>データセットの保存済みの設定を読み込めません（{reason}）。ファイルを取り込み直してください。</translation>
        </message>
        <message>
            <source>The mapping is not valid JSON of a JourneyDesk mapping ({reason}).</source>
            <translation>対応付けが JourneyDesk の対応付けの JSON として正しくありません（{reason}）。</translation>
        </message>
        <message>
            <source>A long table needs a metric-name column and a value column; choose their roles.</source>
            <translation>縦長の表には指標名の列と値の列が必要です。役割を選んでください。</translation>
        </message>
        <message>
            <source>'{text}' could be day/month or month/day: choose the date order</source>
            <translation>'{text}' は日/月とも月/日とも読めます。日付の順序を選んでください</translation>
        </message>
        <message>
            <source>{value} is not a {kind} answer ({low}–{high}) in column {column}</source>
            <translation>列 {column} の {value} は {kind} の回答（{low}〜{high}）ではありません</translation>
        </message>
        <message>
            <source>'{text}' is not a number in column {column}</source>
            <translation>列 {column} の '{text}' は数値ではありません</translation>
        </message>
        <message>
            <source>There is no metric '{name}'. Metrics: {names}.</source>
            <translation>指標 '{name}' はありません。指標：{names}。</translation>
        </message>
        <message>
            <source>All</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>The project has no imported data yet: import a CSV file first.</source>
            <translation>プロジェクトにはまだ取り込んだデータがありません。先に CSV ファイルを取り込んでください。</translation>
        </message>
        <message>
            <source>(a touchpoint no longer on the map)</source>
            <translation>（マップにもうないタッチポイント）</translation>
        </message>
        <message>
            <source>(a stage no longer on the map)</source>
            <translation>（マップにもうないステージ）</translation>
        </message>
        <message>
            <source>Customer journey report</source>
            <translation>カスタマージャーニー・レポート</translation>
        </message>
        <message>
            <source>This journey has no stages or lanes yet.</source>
            <translation>このジャーニーにはまだステージもレーンもありません。</translation>
        </message>
        <message>
            <source>There is no journey with id '{id}' in the project.</source>
            <translation>プロジェクトに ID が '{id}' のジャーニーはありません。</translation>
        </message>
        <message>
            <source>Customer journey map: {names}</source>
            <translation>カスタマージャーニーマップ：{names}</translation>
        </message>
        <message>
            <source>Personas</source>
            <translation>ペルソナ</translation>
        </message>
        <message>
            <source>Touchpoint inventory</source>
            <translation>タッチポイント一覧</translation>
        </message>
        <message>
            <source>Pain points and opportunities</source>
            <translation>ペインポイントと改善機会</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>customer journey</source>
            <translation>カスタマージャーニー</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>表紙</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>目次</translation>
        </message>
        <message>
            <source>No sections were chosen for this report.</source>
            <translation>このレポートにはセクションが選ばれていません。</translation>
        </message>
        <message>
            <source>The report could not be laid out ({reason}). Try a larger paper or fewer sections, and please report this.</source>
            <translation>レポートをレイアウトできませんでした（{reason}）。大きな用紙にするかセクションを減らしてみてください。また、この問題をご報告ください。</translation>
        </message>
        <message>
            <source>{journey} — {stage}</source>
            <translation>{journey} — {stage}</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>マップ</translation>
        </message>
        <message>
            <source>Pain points</source>
            <translation>ペインポイント</translation>
        </message>
        <message>
            <source>Opportunities</source>
            <translation>改善機会</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}. Choose a folder you can write to.</source>
            <translation>{path} に書き込めません：{reason}。書き込めるフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>(unnamed persona)</source>
            <translation>（名前のないペルソナ）</translation>
        </message>
        <message>
            <source>Stage {n}: {name}</source>
            <translation>ステージ {n}：{name}</translation>
        </message>
        <message>
            <source>(unnamed journey)</source>
            <translation>（名前のないジャーニー）</translation>
        </message>
        <message>
            <source>frequency {f} · severity {s}</source>
            <translation>頻度{f}・深刻度{s}</translation>
        </message>
        <message>
            <source>impact {i} · effort {e}</source>
            <translation>効果{i}・工数{e}</translation>
        </message>
        <message>
            <source>digital</source>
            <translation>デジタル</translation>
        </message>
        <message>
            <source>human</source>
            <translation>対人</translation>
        </message>
        <message>
            <source>physical</source>
            <translation>物理的</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>オフライン</translation>
        </message>
        <message>
            <source>online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <source>EXIT</source>
            <translation>離脱</translation>
        </message>
        <message>
            <source>Stage funnel: {metric}</source>
            <translation>ステージファネル：{metric}</translation>
        </message>
        <message>
            <source>{metric} by touchpoint</source>
            <translation>タッチポイント別の {metric}</translation>
        </message>
        <message>
            <source>Stage funnel: {metric}; biggest drop-off at {stage} (−{share:.0f} %)</source>
            <translation>ステージファネル：{metric}。最大の離脱は {stage}（−{share:.0f} %）</translation>
        </message>
        <message>
            <source>…and {n} more touchpoints (see the inventory table).</source>
            <translation>…ほか {n} 件のタッチポイント（タッチポイント一覧の表を参照）。</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>クライアント</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>作成者</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Journeys in this report</source>
            <translation>このレポートのジャーニー</translation>
        </message>
        <message>
            <source>…and {n} more</source>
            <translation>…ほか {n} 件</translation>
        </message>
        <message>
            <source>The report font {path} cannot be read ({reason}). Reinstall JourneyDesk.</source>
            <translation>レポートのフォント {path} を読み込めません（{reason}）。JourneyDesk を再インストールしてください。</translation>
        </message>
        <message>
            <source>The logo {path} is not an image JourneyDesk can read (use a PNG or JPEG of at most {limit} megapixels).</source>
            <translation>ロゴ {path} は JourneyDesk で読み込める画像ではありません（{limit} メガピクセル以下の PNG か JPEG を使ってください）。</translation>
        </message>
        <message>
            <source>The logo {path} is a folder; choose a PNG or JPEG image file.</source>
            <translation>ロゴ {path} はフォルダーです。PNG か JPEG の画像ファイルを選んでください。</translation>
        </message>
        <message>
            <source>The logo {path} is {n} bytes; the limit is {limit}. Choose a smaller image.</source>
            <translation>ロゴ {path} は {n} バイトあり、上限は {limit} です。小さい画像を選んでください。</translation>
        </message>
        <message>
            <source>Cannot read the logo {path}: {reason}. Check the file name.</source>
            <translation>ロゴ {path} を読み込めません：{reason}。ファイル名を確認してください。</translation>
        </message>
        <message>
            <source>Touchpoint</source>
            <translation>タッチポイント</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>行動</translation>
        </message>
        <message>
            <source>Thought</source>
            <translation>思考</translation>
        </message>
        <message>
            <source>Pain point</source>
            <translation>ペインポイント</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>改善機会</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>チャネル</translation>
        </message>
        <message>
            <source>Backstage</source>
            <translation>バックステージ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Moment of truth</source>
            <translation>真実の瞬間</translation>
        </message>
        <message>
            <source>Persona: {name}</source>
            <translation>ペルソナ：{name}</translation>
        </message>
        <message>
            <source>Exit point</source>
            <translation>離脱ポイント</translation>
        </message>
        <message>
            <source>There is no paper size '{paper}'. Choose one of: {choices}.</source>
            <translation>用紙サイズ '{paper}' はありません。次から選んでください：{choices}。</translation>
        </message>
        <message>
            <source>There is no map layout '{layout}'. Choose one of: {choices}.</source>
            <translation>マップのレイアウト '{layout}' はありません。次から選んでください：{choices}。</translation>
        </message>
        <message>
            <source>The brand colour '{value}' is not a colour like #2f6fb3.</source>
            <translation>ブランドカラー '{value}' は #2f6fb3 のような色ではありません。</translation>
        </message>
        <message>
            <source>page {n} of {total}</source>
            <translation>{n} / {total} ページ</translation>
        </message>
        <message>
            <source>age {age}</source>
            <translation>{age} 歳</translation>
        </message>
        <message>
            <source>first-time customer</source>
            <translation>初回利用の顧客</translation>
        </message>
        <message>
            <source>returning customer</source>
            <translation>リピーター</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>ゴール</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>ニーズ</translation>
        </message>
        <message>
            <source>Frustrations</source>
            <translation>不満</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>チャネル</translation>
        </message>
        <message>
            <source>Journeys: {names}</source>
            <translation>ジャーニー：{names}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>出典：{source}</translation>
        </message>
        <message>
            <source>Goal: {goal}</source>
            <translation>ゴール：{goal}</translation>
        </message>
        <message>
            <source>({change} % from the previous stage)</source>
            <translation>（前のステージから {change} %）</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Impact →</source>
            <translation>効果 →</translation>
        </message>
        <message>
            <source>Measured</source>
            <translation>実測</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>クイックウィン</translation>
        </message>
        <message>
            <source>Major projects</source>
            <translation>大型プロジェクト</translation>
        </message>
        <message>
            <source>Fill-ins</source>
            <translation>穴埋め</translation>
        </message>
        <message>
            <source>Thankless tasks</source>
            <translation>割に合わない作業</translation>
        </message>
        <message>
            <source>Effort →</source>
            <translation>工数 →</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>頻度</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>深刻度</translation>
        </message>
        <message>
            <source>Severity × frequency</source>
            <translation>深刻度 × 頻度</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>効果</translation>
        </message>
        <message>
            <source>Effort</source>
            <translation>工数</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was added.</source>
            <translation>取り込みはキャンセルされました。何も追加されていません。</translation>
        </message>
        <message>
            <source>The data could not be saved ({reason}); nothing was added. Free some disk space and try again.</source>
            <translation>データを保存できませんでした（{reason}）。何も追加されていません。ディスクの空き容量を増やしてもう一度お試しください。</translation>
        </message>
        <message>
            <source>Cannot group by '{by}'; choose one of: {choices}.</source>
            <translation>'{by}' では集計できません。次から選んでください：{choices}。</translation>
        </message>
        <message>
            <source>There is no template '{name}'. Choose one of: {names}.</source>
            <translation>テンプレート '{name}' はありません。次から選んでください：{names}。</translation>
        </message>
        <message>
            <source>{path} is empty, not a JourneyDesk project. Choose a .journey file.</source>
            <translation>{path} は空で、JourneyDesk プロジェクトではありません。.journey ファイルを選んでください。</translation>
        </message>
        <message>
            <source>{path} is not a JourneyDesk project (it is not an SQLite file). Choose a .journey file.</source>
            <translation>{path} は JourneyDesk プロジェクトではありません（SQLite ファイルではありません）。.journey ファイルを選んでください。</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>ファイルが途中で切れています</translation>
        </message>
        <message>
            <source>{path} is an SQLite database of another program, not a JourneyDesk project. Choose a .journey file.</source>
            <translation>{path} は別のプログラムの SQLite データベースで、JourneyDesk プロジェクトではありません。.journey ファイルを選んでください。</translation>
        </message>
        <message>
            <source>{path} was saved by a newer JourneyDesk (file format {version}; this version reads up to {supported}). Update JourneyDesk to open it.</source>
            <translation>{path} は新しい JourneyDesk で保存されています（ファイル形式 {version}。このバージョンは {supported} まで読めます）。開くには JourneyDesk を更新してください。</translation>
        </message>
        <message>
            <source>it has no project tables</source>
            <translation>プロジェクトのテーブルがありません</translation>
        </message>
        <message>
            <source>{path} holds triggers or views that JourneyDesk did not make ({names}); another program changed it. It is not opened, for safety; remove them with the sqlite3 tool or open a copy you trust.</source>
            <translation>{path} には JourneyDesk が作っていないトリガーまたはビュー（{names}）があり、別のプログラムが変更しています。安全のため開きません。sqlite3 ツールで削除するか、信頼できるコピーを開いてください。</translation>
        </message>
        <message>
            <source>some entries refer to entries that do not exist</source>
            <translation>存在しない項目を参照している項目があります</translation>
        </message>
        <message>
            <source>{path} already exists. Choose another name, or open it.</source>
            <translation>{path} はすでに存在します。別の名前を選ぶか、そのファイルを開いてください。</translation>
        </message>
        <message>
            <source>Cannot create {path}: the folder {folder} does not exist.</source>
            <translation>{path} を作成できません：フォルダー {folder} が存在しません。</translation>
        </message>
        <message>
            <source>There is no file at {path}. Check the name, or create a project with: journeydesk new {path}</source>
            <translation>{path} にファイルがありません。名前を確認するか、次のコマンドでプロジェクトを作成してください：journeydesk new {path}</translation>
        </message>
        <message>
            <source>{path} is open in another JourneyDesk window, so it is opened read-only here. Close it there to edit it here.</source>
            <translation>{path} は別の JourneyDesk ウィンドウで開かれているため、ここでは読み取り専用で開きます。ここで編集するには、そちらで閉じてください。</translation>
        </message>
        <message>
            <source>A copy cannot replace the open project {path}; choose another name.</source>
            <translation>開いているプロジェクト {path} をコピーで置き換えることはできません。別の名前を選んでください。</translation>
        </message>
        <message>
            <source>{path} could not be updated to the current file format ({reason}). It was left as it was; a copy is in {backup}.</source>
            <translation>{path} を現在のファイル形式に更新できませんでした（{reason}）。ファイルは元のままで、コピーが {backup} にあります。</translation>
        </message>
        <message>
            <source>{path} has recent changes in {wal} that cannot be read from this read-only folder. Copy both files to a folder you can write to and open the copy.</source>
            <translation>{path} には、この読み取り専用フォルダーからは読めない最近の変更が {wal} にあります。両方のファイルを書き込めるフォルダーにコピーし、コピーを開いてください。</translation>
        </message>
        <message>
            <source>the table {name} is missing or changed</source>
            <translation>テーブル {name} がないか、変更されています</translation>
        </message>
        <message>
            <source>Cannot create {path}: {reason}. Choose a folder you can write to.</source>
            <translation>{path} を作成できません：{reason}。書き込めるフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}. Check the file's permissions.</source>
            <translation>{path} を読み込めません：{reason}。ファイルのアクセス権を確認してください。</translation>
        </message>
        <message>
            <source>{path} is read-only (file or folder permissions), so it is opened read-only. Save a copy elsewhere to edit it.</source>
            <translation>{path} は読み取り専用（ファイルまたはフォルダーのアクセス権）のため、読み取り専用で開きます。編集するには別の場所にコピーを保存してください。</translation>
        </message>
        <message>
            <source>{path} is open read-only.</source>
            <translation>{path} は読み取り専用で開かれています。</translation>
        </message>
        <message>
            <source>free some disk space or save a copy elsewhere</source>
            <translation>ディスクの空き容量を増やすか、別の場所にコピーを保存してください</translation>
        </message>
        <message>
            <source>please report this</source>
            <translation>この問題をご報告ください</translation>
        </message>
        <message>
            <source>Could not save “{label}” to {path}: {reason}. The change was not made; {advice}.</source>
            <translation>「{label}」を {path} に保存できませんでした：{reason}。変更は行われていません。{advice}。</translation>
        </message>
        <message>
            <source>Could not save a copy to {path}: {reason}. Choose a folder you can write to.</source>
            <translation>コピーを {path} に保存できませんでした：{reason}。書き込めるフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>{path} is open in another JourneyDesk window; close it there or choose another name.</source>
            <translation>{path} は別の JourneyDesk ウィンドウで開かれています。そちらで閉じるか、別の名前を選んでください。</translation>
        </message>
        <message>
            <source>Cannot open {path}.</source>
            <translation>{path} を開けません。</translation>
        </message>
        <message>
            <source>{path} has no journey named '{name}'. Journeys: {names}.</source>
            <translation>{path} に '{name}' という名前のジャーニーはありません。ジャーニー：{names}。</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>使い方：</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置引数</translation>
        </message>
        <message>
            <source>options</source>
            <translation>オプション</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>このヘルプを表示して終了する</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>引数 %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>認識できない引数です：%s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>次の引数が必要です：%s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>引数が 1 つ必要です</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>無効な選択肢です：%(value)r（%(choices)s から選んでください）</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>無効な %(type)s の値です：%(value)r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>あいまいなオプションです：%(option)s は %(matches)s のいずれとも解釈できます</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: エラー：%(message)s
</translation>
        </message>
        <message>
            <source>language of the interface and messages (also before any command); default: Preferences, else the system's</source>
            <translation>インターフェイスとメッセージの言語（どのコマンドの前にも指定可）。既定：環境設定、なければシステムの言語</translation>
        </message>
        <message>
            <source>show the version and exit</source>
            <translation>バージョンを表示して終了する</translation>
        </message>
        <message>
            <source>language of the template; default: the interface language</source>
            <translation>テンプレートの言語。既定：インターフェイスの言語</translation>
        </message>
        <message>
            <source>--lang must be one of {choices}, not '{value}'.</source>
            <translation>--lang には {choices} のいずれかを指定してください（'{value}' ではなく）。</translation>
        </message>
        <message>
            <source>JourneyDesk: the translation for '{language}' could not be loaded (lrelease from PySide6 is missing); the interface stays in English.</source>
            <translation>JourneyDesk: '{language}' の翻訳を読み込めませんでした（PySide6 の lrelease が見つかりません）。インターフェイスは英語のままです。</translation>
        </message>
        <message>
            <source>expected text, found {type}</source>
            <translation>テキストのはずが {type} です</translation>
        </message>
        <message>
            <source>expected a whole number, found {value!r}</source>
            <translation>整数のはずが {value!r} です</translation>
        </message>
        <message>
            <source>expected a number, found {value!r}</source>
            <translation>数値のはずが {value!r} です</translation>
        </message>
        <message>
            <source>expected 0 or 1, found {value!r}</source>
            <translation>0 か 1 のはずが {value!r} です</translation>
        </message>
        <message>
            <source>expected binary data, found {type}</source>
            <translation>バイナリデータのはずが {type} です</translation>
        </message>
        <message>
            <source>expected a JSON list of texts</source>
            <translation>テキストの JSON リストのはずです</translation>
        </message>
        <message>
            <source>expected a JSON list of texts ({reason})</source>
            <translation>テキストの JSON リストのはずです（{reason}）</translation>
        </message>
        <message>
            <source>{value!r} is not a known {kind}</source>
            <translation>{value!r} は既知の {kind} ではありません</translation>
        </message>
        <message>
            <source>{table}.{column} of row {id!r}: {reason}</source>
            <translation>行 {id!r} の {table}.{column}：{reason}</translation>
        </message>
        <message>
            <source>write a journey's map as a PNG or SVG image</source>
            <translation>ジャーニーのマップを PNG または SVG 画像として書き出す</translation>
        </message>
        <message>
            <source>the image to write: a .png or .svg file</source>
            <translation>書き込む画像（.png または .svg ファイル）</translation>
        </message>
        <message>
            <source>the journey to draw, by name; default: the first</source>
            <translation>描画するジャーニーの名前。既定：最初のジャーニー</translation>
        </message>
        <message>
            <source>PNG resolution; 96 draws the map at actual size; default: 150 (ignored for SVG)</source>
            <translation>PNG の解像度。96 で実際のサイズに描画。既定：150（SVG では無視）</translation>
        </message>
        <message>
            <source>Cannot export to '{name}': the file name must end in .png or .svg.</source>
            <translation>'{name}' にエクスポートできません：ファイル名は .png か .svg で終わる必要があります。</translation>
        </message>
        <message>
            <source>The image {path} would replace the project itself; choose another name.</source>
            <translation>画像 {path} はプロジェクトそのものを上書きしてしまいます。別の名前を選んでください。</translation>
        </message>
        <message>
            <source>{path} has no journeys to draw. Add one in the app first.</source>
            <translation>{path} には描画するジャーニーがありません。先にアプリで追加してください。</translation>
        </message>
        <message>
            <source>The drawing library cannot start: {reason}. Reinstall JourneyDesk.</source>
            <translation>描画ライブラリーを起動できません：{reason}。JourneyDesk を再インストールしてください。</translation>
        </message>
        <message>
            <source>poster size: 1.0 prints card text at its natural size, 0.5 at half; default: 1.0</source>
            <translation>ポスターの大きさ。1.0 でカードの文字を本来のサイズで、0.5 で半分のサイズで印刷。既定：1.0</translation>
        </message>
        <message>
            <source>Card text is {size:.1f} pt on {paper}, too small to read in print. Choose a larger paper (A3, Tabloid), the stages layout (one page per stage) or the poster layout.</source>
            <translation>カードの文字が {paper} で {size:.1f} pt になり、印刷すると小さすぎて読めません。大きな用紙（A3、Tabloid）、stages レイアウト（ステージごとに 1 ページ）、poster レイアウトのいずれかを選んでください。</translation>
        </message>
        <message>
            <source>The poster scale '{scale}' is not a number from {low} to {high} (1.0 prints card text at its natural size).</source>
            <translation>ポスターの倍率 '{scale}' は {low} から {high} までの数値ではありません（1.0 でカードの文字を本来のサイズで印刷します）。</translation>
        </message>
        <message>
            <source>{journey} · scale {scale:.0%}</source>
            <translation>{journey}・倍率 {scale:.0%}</translation>
        </message>
        <message>
            <source>The poster of '{journey}' would need {n} pages at scale {scale}; the limit is {limit}. Choose a smaller scale (e.g. --scale {hint}) or larger paper.</source>
            <translation>'{journey}' のポスターは倍率 {scale} では {n} ページ必要になり、上限の {limit} ページを超えます。小さい倍率（例：--scale {hint}）か大きな用紙を選んでください。</translation>
        </message>
        <message>
            <source>{n} tiles ({rows} rows × {columns} columns) on {paper} {orientation} · assembled sheet about {w:.0f} × {h:.0f} cm · card text {size:.1f} pt (scale {scale:.0%})</source>
            <translation>タイル {n} 枚（{rows} 行 × {columns} 列）、{paper} {orientation}・貼り合わせると約 {w:.0f} × {h:.0f} cm・カードの文字 {size:.1f} pt（倍率 {scale:.0%}）</translation>
        </message>
        <message>
            <source>Print every tile at 100 % (actual size, not “fit to page”). Trim each tile's left and top edges at its marks, lay it over the tiles to its left and above so the dashed marks meet ({overlap:.0f} mm overlap), and tape from behind. Start with A1.</source>
            <translation>すべてのタイルを 100 %（「ページに合わせる」ではなく実際のサイズ）で印刷してください。各タイルの左端と上端を印に沿って切り取り、破線の印が合うように左と上のタイルに重ね（重なり {overlap:.0f} mm）、裏からテープで留めます。A1 から始めてください。</translation>
        </message>
        <message>
            <source>Poster assembly: {journey}</source>
            <translation>ポスターの組み立て：{journey}</translation>
        </message>
        <message>
            <source>landscape</source>
            <translation>横向き</translation>
        </message>
        <message>
            <source>portrait</source>
            <translation>縦向き</translation>
        </message>
        <message>
            <source>Card text is {size:.1f} pt at this scale, too small to read in print. Choose a larger scale (1.0 prints it at its natural size).</source>
            <translation>この倍率ではカードの文字が {size:.1f} pt になり、印刷すると小さすぎて読めません。大きい倍率を選んでください（1.0 で本来のサイズで印刷します）。</translation>
        </message>
        <message>
            <source>Over time, per touchpoint</source>
            <translation>タッチポイント別の期間推移</translation>
        </message>
        <message>
            <source>…and {n} more series over time, not shown.</source>
            <translation>…ほか {n} 件の期間推移は表示していません。</translation>
        </message>
        <message>
            <source>Category · mode</source>
            <translation>カテゴリー・モード</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>日ごと</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>週ごと</translation>
        </message>
        <message>
            <source>{metric} {per}: {touchpoint}</source>
            <translation>{metric}（{per}）：{touchpoint}</translation>
        </message>
        <message>
            <source>Measured {metric} vs workshop emotion</source>
            <translation>実測 {metric} とワークショップの感情</translation>
        </message>
        <message>
            <source>latest {value} · n={n} in all</source>
            <translation>最新 {value}・合計 n={n}</translation>
        </message>
        <message>
            <source>Workshop emotion (average per stage)</source>
            <translation>ワークショップの感情（ステージごとの平均）</translation>
        </message>
        <message>
            <source>Measured: {metric} on −2…+2</source>
            <translation>実測：{metric}（−2…+2 に換算）</translation>
        </message>
        <message>
            <source>Customer journey map made with JourneyDesk</source>
            <translation>JourneyDesk で作成したカスタマージャーニーマップ</translation>
        </message>
        <message>
            <source>A resolution of {dpi} dpi is not possible; choose between 24 and 1200 (for example 96, 150 or 300).</source>
            <translation>{dpi} dpi の解像度は指定できません。24 から 1200 のあいだで選んでください（例：96、150、300）。</translation>
        </message>
        <message>
            <source>{path} is a folder; give the image file to write, e.g. {path}/map{ext}.</source>
            <translation>{path} はフォルダーです。書き込む画像ファイルを指定してください（例：{path}/map{ext}）。</translation>
        </message>
        <message>
            <source>This map would be {width} × {height} pixels at {dpi} dpi, too large for one image. Choose {fitting} dpi or less, or export SVG.</source>
            <translation>このマップは {dpi} dpi では {width} × {height} ピクセルになり、1 枚の画像には大きすぎます。{fitting} dpi 以下を選ぶか、SVG でエクスポートしてください。</translation>
        </message>
        <message>
            <source>There is not enough memory for a {width} × {height} image; choose a lower resolution.</source>
            <translation>{width} × {height} の画像に必要なメモリーが足りません。解像度を下げてください。</translation>
        </message>
        <message>
            <source>{first} · {second}</source>
            <translation>{first}・{second}</translation>
        </message>
        <message>
            <source>      data “{name}”: {rows} values of {metrics}, from {source}</source>
            <translation>      データ「{name}」：{metrics} の値 {rows} 件（取り込み元：{source}）</translation>
        </message>
        <message>
            <source>replace the data imported earlier from the same file (as Refresh does in the app)</source>
            <translation>同じファイルから以前に取り込んだデータを置き換える（アプリの「更新」と同じ）</translation>
        </message>
        <message>
            <source>import the file again beside the data imported earlier from it</source>
            <translation>以前に取り込んだデータを残したまま、ファイルをもう一度取り込む</translation>
        </message>
        <message>
            <source>{path} was imported into this journey before, as '{name}'; importing it again would count its rows twice. Pass --replace to replace that data with the file as it is now, or --keep-both.</source>
            <translation>{path} はこのジャーニーに '{name}' として取り込み済みです。もう一度取り込むと行が二重に数えられます。そのデータを現在のファイルで置き換えるには --replace を、両方残すには --keep-both を指定してください。</translation>
        </message>
        <message>
            <source>…and {n} more rows with problems.</source>
            <translation>…ほか {n} 行に問題があります。</translation>
        </message>
        <message>
            <source>the language of the report's own words; default: the project's</source>
            <translation>レポート自体の文言の言語。既定：プロジェクトの言語</translation>
        </message>
        <message>
            <source>There is no report language '{language}'. Choose one of: {choices}.</source>
            <translation>レポートの言語 '{language}' はありません。次から選んでください：{choices}。</translation>
        </message>
        <message>
            <source>{heading}:</source>
            <translation>{heading}：</translation>
        </message>
        <message>
            <source>journeydesk: note: {message}</source>
            <translation>journeydesk: 注意：{message}</translation>
        </message>
        <message>
            <source>Could not save “{label}” to {path}: an import is being written. Wait for it to finish, or cancel it.</source>
            <translation>「{label}」を {path} に保存できませんでした：インポートの書き込み中です。終わるのを待つか、インポートを取り消してください。</translation>
        </message>
        <message>
            <source>Another import into {path} is being written; wait for it to finish.</source>
            <translation>{path} には別のインポートを書き込み中です。終わるのを待ってください。</translation>
        </message>
        <message>
            <source>The import into {path} was stopped; nothing was added.</source>
            <translation>{path} へのインポートは中止されました。何も追加されていません。</translation>
        </message>
        <message>
            <source>the metric's name, or its kind (NPS, CSAT, CES, count) when the data holds one of that kind</source>
            <translation>指標名。その種類の指標が一つだけならその種類（NPS・CSAT・CES・count）でも指定可</translation>
        </message>
        <message>
            <source>{metric} has no satisfaction scale to compare with emotions.</source>
            <translation>{metric} には感情と比較できる満足度の尺度がありません。</translation>
        </message>
        <message>
            <source>There are several metrics of the kind '{name}': {names}. Choose one by its name.</source>
            <translation>種類 '{name}' の指標が複数あります：{names}。指標名で一つを選んでください。</translation>
        </message>
        <message>
            <source>'{file}' cannot be read ({reason}): check that it exists and that you may open it.</source>
            <translation>「{file}」を読み込めません（{reason}）。ファイルが存在し、開く権限があることを確認してください。</translation>
        </message>
        <message>
            <source>The file cannot be read with these settings.</source>
            <translation>この設定ではファイルを読み込めません。</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>add stages for stage names the map does not have, in the order of the file</source>
            <translation>マップにないステージ名のステージを、ファイルの順に追加する</translation>
        </message>
        <message>
            <source>Stages not on the map: {names} (use --create-stages to add them).</source>
            <translation>マップにないステージ：{names}（--create-stages で追加できます）。</translation>
        </message>
        <message>
            <source>; {n} without an answer</source>
            <translation>、無回答 {n}件</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was added.</source>
            <translation>インポートを取り消しました：何も追加されていません。</translation>
        </message>
        <message>
            <source>{path}: none of the {n} names in column '{column}' is a {role} on the map ({names}). Pass {flag} to add them, or choose the journey with --journey.</source>
            <translation>{path}：列「{column}」の{n}個の名前は、どれもマップ上の{role}ではありません（{names}）。{flag} を付けて追加するか、--journey でジャーニーを選んでください。</translation>
        </message>
        <message>
            <source>Add {n} stages</source>
            <translation>ステージを{n}個追加</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>tickets</source>
            <translation>チケット数</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>注文数</translation>
        </message>
        <message>
            <source>visits</source>
            <translation>訪問数</translation>
        </message>
        <message>
            <source>responses</source>
            <translation>回答数</translation>
        </message>
        <message>
            <source>identifier (the name says so)</source>
            <translation>識別子（列名から判断）</translation>
        </message>
        <message>
            <source>identifier (every value is different)</source>
            <translation>識別子（すべての値が異なる）</translation>
        </message>
        <message>
            <source>mean of values</source>
            <translation>値の平均</translation>
        </message>
        <message>
            <source>mean of values (the name says average or rate)</source>
            <translation>値の平均（列名が平均・率を示す）</translation>
        </message>
        <message>
            <source>mean of values (decimals found)</source>
            <translation>値の平均（小数あり）</translation>
        </message>
        <message>
            <source>total of values (the name says count)</source>
            <translation>値の合計（列名が件数を示す）</translation>
        </message>
        <message>
            <source>total of values (the name says total)</source>
            <translation>値の合計（列名が合計を示す）</translation>
        </message>
        <message>
            <source>CSAT from answers in words, 4–5 satisfied</source>
            <translation>言葉での回答からCSAT（4〜5を満足とする）</translation>
        </message>
        <message>
            <source>mean of values (not answers on the {kind} scale)</source>
            <translation>値の平均（{kind}の尺度の回答ではない）</translation>
        </message>
        <message>
            <source>dates</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>another column of dates</source>
            <translation>別の日付の列</translation>
        </message>
        <message>
            <source>not needed in a long table</source>
            <translation>縦持ちの表では使わない列</translation>
        </message>
        <message>
            <source>date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>segment</source>
            <translation>セグメント</translation>
        </message>
        <message>
            <source>metric name</source>
            <translation>指標名</translation>
        </message>
        <message>
            <source>value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>count</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>survey or ticket details, not a metric</source>
            <translation>アンケートやチケットの付帯情報（指標ではない）</translation>
        </message>
        <message>
            <source>the name says {role}</source>
            <translation>列名が{role}を示す</translation>
        </message>
        <message>
            <source>{role} (its values are {role} names on the map)</source>
            <translation>{role}（値がマップ上の{role}名）</translation>
        </message>
        <message>
            <source>named like a metric, but its values are not numbers or answers (such as '{example}')</source>
            <translation>列名は指標のようですが、値が数値でも回答でもありません（「{example}」など）</translation>
        </message>
        <message>
            <source>text, not numbers or answers</source>
            <translation>文字列（数値でも回答でもない）</translation>
        </message>
        <message>
            <source>touchpoints (its values are touchpoints on the map)</source>
            <translation>タッチポイント（値がマップ上のタッチポイント）</translation>
        </message>
        <message>
            <source>NPS from 0–10 answers</source>
            <translation>0〜10の回答からNPS</translation>
        </message>
        <message>
            <source>CSAT from 1–5 answers, 4–5 satisfied</source>
            <translation>1〜5の回答からCSAT（4〜5を満足とする）</translation>
        </message>
        <message>
            <source>CES: mean of 1–7 answers</source>
            <translation>CES：1〜7の回答の平均</translation>
        </message>
        <message>
            <source>Line {line}: {reason}</source>
            <translation>{line}行目：{reason}</translation>
        </message>
        <message>
            <source>No column holds a value to import: choose at least one metric column.</source>
            <translation>取り込む値を持つ列がありません：指標の列を少なくとも1つ選んでください。</translation>
        </message>
        <message>
            <source>'{text}' is not one of the answers of column {column} (such as 'Very satisfied' or 'good')</source>
            <translation>「{text}」は列 {column} の回答（「とても満足」「good」など）ではありません</translation>
        </message>
        <message>
            <source>the file has no column of numbers or answers; choose a metric column</source>
            <translation>ファイルに数値や回答の列がありません。指標の列を選んでください</translation>
        </message>
        <message>
            <source>The file has changed shape: the saved mapping uses columns that are not in it any more ({names}). The roles were guessed again; check them.</source>
            <translation>ファイルの形が変わりました：保存された対応付けが、もうない列（{names}）を使っています。役割を推定し直したので確認してください。</translation>
        </message>
        <message>
            <source>{name}: no column holds a value to import: {why}</source>
            <translation>{name}：取り込む値を持つ列がありません：{why}</translation>
        </message>
        <message>
            <source>{name}: {n} rows have problems; fix them, or skip them (--skip-bad-rows) to import the rest.</source>
            <translation>{name}：{n}行に問題があります。修正するか、それらを飛ばして（--skip-bad-rows）残りを取り込んでください。</translation>
        </message>
        <message>
            <source>{name}: {n} of {rows} rows have problems, too many to skip: the columns are probably not what was guessed. Check the column roles and kinds.</source>
            <translation>{name}：{rows}行のうち{n}行に問題があり、飛ばすには多すぎます：列の推定が誤っている可能性があります。列の役割と種類を確認してください。</translation>
        </message>
        <message>
            <source>every row has a problem ({first})</source>
            <translation>すべての行に問題があります（{first}）</translation>
        </message>
        <message>
            <source>the columns {columns} are empty or say 'no answer' in every row</source>
            <translation>列 {columns} はすべての行で空欄か無回答です</translation>
        </message>
        <message>
            <source>count of rows (no column of numbers to add up)</source>
            <translation>行数（合計する数値の列がない）</translation>
        </message>
        <message>
            <source>as chosen</source>
            <translation>選択のとおり</translation>
        </message>
        <message>
            <source>{kind}, from the metric's name and values</source>
            <translation>{kind}（指標名と値から判断）</translation>
        </message>
        <message>
            <source>{kind} answers, but none given</source>
            <translation>{kind}の回答ですが、回答がありません</translation>
        </message>
        <message>
            <source>Imported 1 value of {metrics} from {path}.</source>
            <translation>{path} から {metrics} の値を1件インポートしました。</translation>
        </message>
        <message>
            <source>Imported {values} values of {metrics} from {path}.</source>
            <translation>{path} から {metrics} の値を{values}件インポートしました。</translation>
        </message>
        <message>
            <source>Rows read: {rows}; rows skipped: {skipped}.</source>
            <translation>読み込んだ行：{rows}、飛ばした行：{skipped}。</translation>
        </message>
        <message>
            <source>…and 1 more row with a problem.</source>
            <translation>…ほか1行に問題があります。</translation>
        </message>
        <message>
            <source>The check was stopped.</source>
            <translation>確認を中止しました。</translation>
        </message>
        <message>
            <source>add the journeys of a JSON, Mermaid, EMS YAML or CSV file to a project</source>
            <translation>JSON・Mermaid・EMS の YAML・CSV ファイルのジャーニーをプロジェクトに追加する</translation>
        </message>
        <message>
            <source>the file to import (.json, .mmd, .mermaid, .md, .yaml, .yml, .csv, .tsv)</source>
            <translation>取り込むファイル（.json、.mmd、.mermaid、.md、.yaml、.yml、.csv、.tsv）</translation>
        </message>
        <message>
            <source>the format of SOURCE; default: from its extension</source>
            <translation>SOURCE の形式。既定：拡張子から判断</translation>
        </message>
        <message>
            <source>write journeys as JSON, Mermaid, EMS YAML or CSV</source>
            <translation>ジャーニーを JSON・Mermaid・EMS の YAML・CSV で書き出す</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>書き出すファイル</translation>
        </message>
        <message>
            <source>a journey to write, by name (repeatable); default: every journey for JSON and CSV, the first for Mermaid and EMS</source>
            <translation>書き出すジャーニーの名前（複数指定可）。既定：JSON と CSV はすべてのジャーニー、Mermaid と EMS は最初のジャーニー</translation>
        </message>
        <message>
            <source>the format to write; default: from the extension of OUT</source>
            <translation>書き出す形式。既定：OUT の拡張子から判断</translation>
        </message>
        <message>
            <source>JSON only: include the values of the imported data, not only how it was read</source>
            <translation>JSON のみ：取り込んだデータの読み方だけでなく、値そのものも含める</translation>
        </message>
        <message>
            <source>--with-data writes imported values into JSON only; use an output ending in .json.</source>
            <translation>--with-data で値を書き出せるのは JSON だけです。.json で終わる出力先を指定してください。</translation>
        </message>
        <message>
            <source>{path} would replace the project itself; choose another name.</source>
            <translation>{path} はプロジェクトそのものを上書きしてしまいます。別の名前を選んでください。</translation>
        </message>
        <message>
            <source>Wrote {path}: {names}.</source>
            <translation>{path} を書き出しました：{names}。</translation>
        </message>
        <message>
            <source>The project has no journey to export.</source>
            <translation>プロジェクトに書き出せるジャーニーがありません。</translation>
        </message>
        <message>
            <source>Mermaid and EMS files hold one journey; give --journey once.</source>
            <translation>Mermaid と EMS のファイルに入るジャーニーは 1 つです。--journey は 1 回だけ指定してください。</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>何も取り込みませんでした：{reason}</translation>
        </message>
        <message>
            <source>The emotions lane takes scores from -2 to 2, not “{text}”.</source>
            <translation>感情レーンに入れられるのは -2 から 2 までの点数です。「{text}」は入れられません。</translation>
        </message>
        <message>
            <source>{stages} stages, {lanes} lanes, {cards} cards, {markers} emotion markers, {links} links</source>
            <translation>ステージ {stages}、レーン {lanes}、カード {cards}、感情マーカー {markers}、リンク {links}</translation>
        </message>
        <message>
            <source>{head}: {counts}.</source>
            <translation>{head}：{counts}。</translation>
        </message>
        <message>
            <source>Import {n} journeys</source>
            <translation>ジャーニー {n} 件の取り込み</translation>
        </message>
        <message>
            <source>Added journey {names}</source>
            <translation>ジャーニー {names} を追加しました</translation>
        </message>
        <message>
            <source>Added {n} journeys {names}</source>
            <translation>ジャーニー {n} 件 {names} を追加しました</translation>
        </message>
        <message>
            <source>, {n} data values</source>
            <translation>、データの値 {n} 件</translation>
        </message>
        <message>
            <source>, persona {names}</source>
            <translation>、ペルソナ {names}</translation>
        </message>
        <message>
            <source>Import journey “{name}”</source>
            <translation>ジャーニー「{name}」の取り込み</translation>
        </message>
        <message>
            <source>The file holds no journey to import.</source>
            <translation>ファイルに取り込めるジャーニーがありません。</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>（無題）</translation>
        </message>
        <message>
            <source>{path} is larger than {limit} MB, more than a journey can hold.</source>
            <translation>{path} は {limit} MB を超えています。ジャーニーとしては大きすぎます。</translation>
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation>{path} は空です。</translation>
        </message>
        <message>
            <source>… and {n} more.</source>
            <translation>…ほか {n} 件。</translation>
        </message>
        <message>
            <source> (target {target}{unit})</source>
            <translation>（目標 {target}{unit}）</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>スキル</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>ナレッジ</translation>
        </message>
        <message>
            <source>Tool</source>
            <translation>ツール</translation>
        </message>
        <message>
            <source>{name}, document {n} ({kind})</source>
            <translation>{name} の {n} 番目のドキュメント（{kind}）</translation>
        </message>
        <message>
            <source>{where}: {path} “{task}” names no action and has no position; it is in the first stage.</source>
            <translation>{where}：{path}「{task}」にはアクションの指定も位置もないため、最初のステージに置きました。</translation>
        </message>
        <message>
            <source>{name} holds no customer journey (a document with “kind: cjm”).</source>
            <translation>{name} にはカスタマージャーニー（「kind: cjm」のドキュメント）がありません。</translation>
        </message>
        <message>
            <source>Customer journey</source>
            <translation>カスタマージャーニー</translation>
        </message>
        <message>
            <source>{where}: {path}.emotion_score “{score}” is not a whole number from -2 to 2; “{action}” has no emotion marker.</source>
            <translation>{where}：{path}.emotion_score「{score}」は -2 から 2 までの整数ではないため、「{action}」には感情マーカーを付けていません。</translation>
        </message>
        <message>
            <source>{where}: primary_csf.source_id {id} is not on the map; the outcome is in the journey's description only.</source>
            <translation>{where}：primary_csf.source_id {id} はマップ上にないため、成果はジャーニーの説明にだけ入れました。</translation>
        </message>
        <message>
            <source>a list of entries is expected here</source>
            <translation>ここには項目のリストが必要です</translation>
        </message>
        <message>
            <source>a list of texts is expected here</source>
            <translation>ここには文字列のリストが必要です</translation>
        </message>
        <message>
            <source>{name}, document {n}: not an Enablement Map Studio document (it has no “kind”).</source>
            <translation>{name} の {n} 番目のドキュメント：「kind」がないため、Enablement Map Studio のドキュメントではありません。</translation>
        </message>
        <message>
            <source>{where}: only the first customer journey of a file is imported.</source>
            <translation>{where}：取り込むのはファイル内の最初のカスタマージャーニーだけです。</translation>
        </message>
        <message>
            <source>an entry is expected here</source>
            <translation>ここには項目が必要です</translation>
        </message>
        <message>
            <source>the id {id} is used twice</source>
            <translation>ID {id} が 2 回使われています</translation>
        </message>
        <message>
            <source>{where}: {path} “{action}” names the phase {phase}, which the file does not have.</source>
            <translation>{where}：{path}「{action}」のフェーズ {phase} はファイルにありません。</translation>
        </message>
        <message>
            <source>{where}: {path} “{task}” is in the lane {lane}, which the file does not have.</source>
            <translation>{where}：{path}「{task}」のレーン {lane} はファイルにありません。</translation>
        </message>
        <message>
            <source>{where}: {path} joins {source} and {target}, which are not both on the map.</source>
            <translation>{where}：{path} がつなぐ {source} と {target} の両方がマップ上にはありません。</translation>
        </message>
        <message>
            <source>{where}: {path} “{action}” hangs on {id}, which is not on the map.</source>
            <translation>{where}：{path}「{action}」の結び付く先 {id} はマップ上にありません。</translation>
        </message>
        <message>
            <source>Enablement</source>
            <translation>イネーブルメント</translation>
        </message>
        <message>
            <source>a text is expected here</source>
            <translation>ここには文字列が必要です</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>ありません</translation>
        </message>
        <message>
            <source>Enablement Map Studio: {id}</source>
            <translation>Enablement Map Studio：{id}</translation>
        </message>
        <message>
            <source>{where}: {path} is of kind “{kind}”, which is not read.</source>
            <translation>{where}：{path} の種類「{kind}」は読み込みません。</translation>
        </message>
        <message>
            <source>{where}: {path} “{task}” is in the customer-journey lane but is no action of the journey.</source>
            <translation>{where}：{path}「{task}」はカスタマージャーニーのレーンにありますが、ジャーニーのアクションではありません。</translation>
        </message>
        <message>
            <source>{where}: {path} “{item}” belongs to the action {id}, which the file does not have.</source>
            <translation>{where}：{path}「{item}」が属するアクション {id} はファイルにありません。</translation>
        </message>
        <message>
            <source>{where}: this kind of document is not read.</source>
            <translation>{where}：この種類のドキュメントは読み込みません。</translation>
        </message>
        <message>
            <source>Cannot tell the format of {path} from its extension; give --format json, mermaid, ems or csv.</source>
            <translation>{path} の形式が拡張子から分かりません。--format json、mermaid、ems、csv のいずれかを指定してください。</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>{path} を書き出せません：{reason}。</translation>
        </message>
        <message>
            <source>{name} is not UTF-8 text (byte {at}); JSON files are UTF-8.</source>
            <translation>{name} は UTF-8 のテキストではありません（{at} バイト目）。JSON ファイルは UTF-8 です。</translation>
        </message>
        <message>
            <source>persona</source>
            <translation>ペルソナ</translation>
        </message>
        <message>
            <source>{name} is JSON but not a JourneyDesk journey export (it has no “journeydesk” version key).</source>
            <translation>{name} は JSON ですが、JourneyDesk が書き出したジャーニーではありません（「journeydesk」の版のキーがありません）。</translation>
        </message>
        <message>
            <source>{name} does not follow the journey format: {problem}</source>
            <translation>{name} はジャーニーの形式に沿っていません：{problem}</translation>
        </message>
        <message>
            <source>{path}: there is no {what} with id {id}.</source>
            <translation>{path}：ID {id} の{what}はありません。</translation>
        </message>
        <message>
            <source>{name} does not hold together: {problem}</source>
            <translation>{name} の中身がかみ合っていません：{problem}</translation>
        </message>
        <message>
            <source>Data “{name}”: its values are not in the file (export it with --with-data); the dataset keeps how its file was read, and Refresh in the Data panel reads it again.</source>
            <translation>データ「{name}」：値はファイルに入っていません（--with-data を付けて書き出してください）。データセットにはファイルの読み方だけが残っており、データパネルの「再読み込み」で読み直せます。</translation>
        </message>
        <message>
            <source>the key “{key}” appears twice in one object</source>
            <translation>1 つのオブジェクトにキー「{key}」が 2 回あります</translation>
        </message>
        <message>
            <source>{path}: nested more than {n} levels deep.</source>
            <translation>{path}：入れ子が {n} 段を超えています。</translation>
        </message>
        <message>
            <source>{name}, line {line}, column {column}: not valid JSON ({reason}).</source>
            <translation>{name} の {line} 行 {column} 列目：正しい JSON ではありません（{reason}）。</translation>
        </message>
        <message>
            <source>{name}, line {line}: nested more than {n} levels deep.</source>
            <translation>{name} の {line} 行目：入れ子が {n} 段を超えています。</translation>
        </message>
        <message>
            <source>{name}: not valid JSON ({reason}).</source>
            <translation>{name}：正しい JSON ではありません（{reason}）。</translation>
        </message>
        <message>
            <source>{path}: the id {id} is used twice.</source>
            <translation>{path}：ID {id} が 2 回使われています。</translation>
        </message>
        <message>
            <source>lane</source>
            <translation>レーン</translation>
        </message>
        <message>
            <source>card</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>{path}: the emotions lane holds emotion markers, not cards.</source>
            <translation>{path}：感情レーンに置けるのは感情マーカーで、カードは置けません。</translation>
        </message>
        <message>
            <source>{path}: not base64 data.</source>
            <translation>{path}：base64 のデータではありません。</translation>
        </message>
        <message>
            <source>{path}: an emotion marker must sit in an emotions lane.</source>
            <translation>{path}：感情マーカーは感情レーンに置く必要があります。</translation>
        </message>
        <message>
            <source>{path}: a link cannot join a card to itself.</source>
            <translation>{path}：リンクでカードをそれ自身につなぐことはできません。</translation>
        </message>
        <message>
            <source>line {line}: {reason}</source>
            <translation>{line} 行目：{reason}</translation>
        </message>
        <message>
            <source>a Mermaid journey starts with the word “journey”.</source>
            <translation>Mermaid のジャーニーは「journey」という語で始まります。</translation>
        </message>
        <message>
            <source>Mermaid cannot read “{char}” here.</source>
            <translation>ここにある「{char}」を Mermaid は読めません。</translation>
        </message>
        <message>
            <source>“{text}” is neither a task (Name: score: actors), a section nor a title.</source>
            <translation>「{text}」はタスク（Task name: score: actors の形）でもセクションでもタイトルでもありません。</translation>
        </message>
        <message>
            <source>Mermaid reads “journey” here as the start of a diagram; a task cannot begin with that word.</source>
            <translation>Mermaid はここの「journey」を図の始まりとして読みます。タスクをこの語で始めることはできません。</translation>
        </message>
        <message>
            <source>Mermaid cannot read “{text}” here.</source>
            <translation>ここにある「{text}」を Mermaid は読めません。</translation>
        </message>
        <message>
            <source>The diagram was changed after it was exported; it was read as plain Mermaid, not from its “%% jd:” lines.</source>
            <translation>書き出した後で図が変更されていたため、「%% jd:」の行ではなく通常の Mermaid として読みました。</translation>
        </message>
        <message>
            <source>line {line}: the score “{score}” of “{task}” is not a number; it has no emotion marker.</source>
            <translation>{line} 行目：「{task}」の点数「{score}」は数値ではないため、感情マーカーを付けていません。</translation>
        </message>
        <message>
            <source>line {line}: the score {score} of “{task}” is outside 1…5; its marker is at the nearest end.</source>
            <translation>{line} 行目：「{task}」の点数 {score} は 1～5 の範囲外のため、マーカーは近いほうの端に置きました。</translation>
        </message>
        <message>
            <source>The file holds no Mermaid journey (no ```mermaid block starting with “journey”).</source>
            <translation>ファイルに Mermaid のジャーニーがありません（「journey」で始まる ```mermaid のブロックがありません）。</translation>
        </message>
        <message>
            <source>The “%% jd:” lines are damaged; the diagram was read as plain Mermaid.</source>
            <translation>「%% jd:」の行が壊れているため、図を通常の Mermaid として読みました。</translation>
        </message>
        <message>
            <source>Mermaid journey “{title}”</source>
            <translation>Mermaid のジャーニー「{title}」</translation>
        </message>
        <message>
            <source>{name}, line {line}: {reason}</source>
            <translation>{name} の {line} 行目：{reason}</translation>
        </message>
        <message>
            <source>Exported from JourneyDesk. The “%% jd:” lines below hold the whole journey, so that JourneyDesk can import it back as it was; Mermaid ignores them.</source>
            <translation>JourneyDesk から書き出しました。下の「%% jd:」の行にはジャーニー全体が入っており、JourneyDesk ではそのまま取り込み直せます。Mermaid はこれらの行を無視します。</translation>
        </message>
        <message>
            <source>aliases (*name) are not accepted</source>
            <translation>エイリアス（*名前）は使えません</translation>
        </message>
        <message>
            <source>{name}, line {line}: not valid YAML ({reason}).</source>
            <translation>{name} の {line} 行目：正しい YAML ではありません（{reason}）。</translation>
        </message>
        <message>
            <source>{name}: not valid YAML ({reason}).</source>
            <translation>{name}：正しい YAML ではありません（{reason}）。</translation>
        </message>
        <message>
            <source>{name}: nested more than {n} levels deep.</source>
            <translation>{name}：入れ子が {n} 段を超えています。</translation>
        </message>
        <message>
            <source>nested more than {n} levels deep</source>
            <translation>入れ子が {n} 段を超えています</translation>
        </message>
        <message>
            <source>{name} holds more than {n} YAML documents.</source>
            <translation>{name} には YAML のドキュメントが {n} 個より多くあります。</translation>
        </message>
        <message>
            <source>{name} holds no rows.</source>
            <translation>{name} には行がありません。</translation>
        </message>
        <message>
            <source>line {line}: “{value}” is not a colour like #4a90d9; left out.</source>
            <translation>{line} 行目：「{value}」は #4a90d9 のような色ではないため、入れていません。</translation>
        </message>
        <message>
            <source>{name}: the first row names no stage (a grid has the stages across its first row and the lanes down its first column).</source>
            <translation>{name}：1 行目にステージ名がありません（表は 1 行目にステージを横に、1 列目にレーンを縦に並べます）。</translation>
        </message>
        <message>
            <source>{name}, line {line}: {reason}.</source>
            <translation>{name} の {line} 行目：{reason}。</translation>
        </message>
        <message>
            <source>line {line}: “{text}” is not an emotion score from {low} to {high}; no marker.</source>
            <translation>{line} 行目：「{text}」は {low} から {high} までの感情の点数ではないため、マーカーを付けていません。</translation>
        </message>
        <message>
            <source>line {line}: “{value}” is not a kind of card; the lane's kind was used.</source>
            <translation>{line} 行目：「{value}」はカードの種類ではないため、レーンの種類を使いました。</translation>
        </message>
        <message>
            <source>line {line}, column {column}: “{text}” is under no stage.</source>
            <translation>{line} 行 {column} 列目：「{text}」はどのステージの下にもありません。</translation>
        </message>
        <message>
            <source>line {line}: “{value}” is not a {field}; left out.</source>
            <translation>{line} 行目：「{value}」は {field} の値ではないため、入れていません。</translation>
        </message>
        <message>
            <source>line {line}: {field} “{value}” is not a rating from 1 to 5; left out.</source>
            <translation>{line} 行目：{field} の「{value}」は 1 から 5 の評価ではないため、入れていません。</translation>
        </message>
        <message>
            <source>The file holds {n} entries; a journey file holds at most {limit}.</source>
            <translation>ファイルには {n} 件の項目があります。取り込めるのは 1 ファイルにつき {limit} 件までです。</translation>
        </message>
        <message>
            <source>The file gives a journey more than {limit} stages or lanes.</source>
            <translation>ファイルのジャーニーに {limit} を超えるステージまたはレーンがあります。</translation>
        </message>
        <message>
            <source>Compacted {path}: {before} before, {after} after ({images} unused images and the data of {imports} removed imports dropped).</source>
            <translation>{path} を最適化しました：{before} から {after} になりました（使われていない画像 {images} 件と、削除したインポート {imports} 件のデータを取り除きました）。</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} バイト</translation>
        </message>
        <message>
            <source>make a project file smaller: drop unused images and the data of removed imports</source>
            <translation>プロジェクトファイルを小さくします：使われていない画像と、削除したインポートのデータを取り除きます</translation>
        </message>
        <message>
            <source>{kind} {first} and {second} share position {position}</source>
            <translation>{kind} {first} と {second} の位置がどちらも {position} です</translation>
        </message>
        <message>
            <source>{path} cannot be compacted now: {reason}</source>
            <translation>{path} は今は最適化できません：{reason}</translation>
        </message>
        <message>
            <source>{path} is being read by another program; close it there and compact again.</source>
            <translation>{path} は別のプログラムが読み込んでいます。そちらで閉じてから、もう一度最適化してください。</translation>
        </message>
        <message>
            <source>{path} could not be compacted ({reason}); it was left as it was.</source>
            <translation>{path} を最適化できませんでした（{reason}）。ファイルは元のままです。</translation>
        </message>
        <message>
            <source>The compacted copy of {path} was not the same as the project; the project was left as it was.</source>
            <translation>{path} の最適化したコピーが元のプロジェクトと一致しませんでした。プロジェクトは元のままです。</translation>
        </message>
        <message>
            <source>The compacted copy of {path} was not the same as the project ({reason}); the project was left as it was.</source>
            <translation>{path} の最適化したコピーが元のプロジェクトと一致しませんでした（{reason}）。プロジェクトは元のままです。</translation>
        </message>
        <message>
            <source>it is read-only.</source>
            <translation>読み取り専用です。</translation>
        </message>
        <message>
            <source>The disk holding {path} is full: free some space, then open it again.</source>
            <translation>{path} のあるディスクがいっぱいです：空き容量を作ってから、もう一度開いてください。</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <source>a named pipe</source>
            <translation>名前付きパイプ</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>デバイス</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>ソケット</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>通常のファイル以外のもの</translation>
        </message>
        <message>
            <source>{path} is {kind}, not a JourneyDesk project. Choose a .journey file.</source>
            <translation>{path} は{kind}で、JourneyDesk のプロジェクトではありません。.journey ファイルを選んでください。</translation>
        </message>
        <message>
            <source>its file format number {version} is not one JourneyDesk writes</source>
            <translation>ファイル形式の番号 {version} は JourneyDesk が書き込むものではありません</translation>
        </message>
        <message>
            <source>{path} is open in this window; choose another name.</source>
            <translation>{path} はこのウィンドウで開かれています。別の名前を選んでください。</translation>
        </message>
        <message>
            <source>{path} is not a file; choose another name.</source>
            <translation>{path} はファイルではありません。別の名前を選んでください。</translation>
        </message>
        <message>
            <source>{path} was replaced while it was being opened; open it again.</source>
            <translation>{path} は開いている途中で置き換えられました。もう一度開いてください。</translation>
        </message>
        <message>
            <source>There is not enough memory to encode a {width} × {height} image; choose a lower resolution.</source>
            <translation>{width} × {height} の画像を書き出すためのメモリーが足りません。解像度を下げてください。</translation>
        </message>
        <message>
            <source>This map would be {width} × {height} pixels at {dpi} dpi, too large for one image even at {least} dpi. Export SVG instead.</source>
            <translation>このマップは {dpi} dpi で {width} × {height} ピクセルになり、{least} dpi でも 1 枚の画像には大きすぎます。代わりに SVG で書き出してください。</translation>
        </message>
        <message>
            <source>Cannot draw {path}: the temporary folder {folder} has no room for a private copy of it. Free some space there.</source>
            <translation>{path} を描画できません：一時フォルダー {folder} にコピーを置く空きがありません。そこに空き容量を作ってください。</translation>
        </message>
        <message>
            <source>colour the touchpoint cards by this imported metric (a name, or NPS, CSAT, CES), with its legend</source>
            <translation>取り込んだこの指標（名前、または NPS、CSAT、CES）でタッチポイントのカードを色分けし、凡例を付ける</translation>
        </message>
        <message>
            <source>auto: each journey on one page when its card text is 8 pt or more there, else an overview and one page per stage; fit: each journey on one page; stages: one page per stage; poster: the map tiled across pages to assemble into one sheet; default: auto</source>
            <translation>auto: カードの文字が 8 pt 以上になるならジャーニーごとに1ページ、でなければ全体図とステージごとのページ。fit: ジャーニーごとに1ページ。stages: ステージごとに1ページ。poster: マップを複数ページに分割して1枚に貼り合わせる。既定：auto</translation>
        </message>
        <message>
            <source>“{journey}” is printed as an overview and one page per stage: on one {paper} page its card text would be {size:.1f} pt, under the {needed:.0f} pt that reads in print. Choose the fit layout to have it on one page anyway.</source>
            <translation>「{journey}」は全体図とステージごとのページで印刷します。{paper} 1ページではカードの文字が {size:.1f} pt になり、印刷で読める {needed:.0f} pt に届きません。それでも1ページにするには fit レイアウトを選んでください。</translation>
        </message>
        <message>
            <source>“{journey}” is on one {paper} page: its card text is {size:.1f} pt.</source>
            <translation>「{journey}」は {paper} 1ページに収まります。カードの文字は {size:.1f} pt です。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>全体図</translation>
        </message>
        <message>
            <source>{journey} — overview</source>
            <translation>{journey} — 全体図</translation>
        </message>
        <message>
            <source>{day}: {value} (n={n})</source>
            <translation>{day}：{value}（n={n}）</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数値</translation>
        </message>
        <message>
            <source>→ {stage}</source>
            <translation>→ {stage}</translation>
        </message>
        <message>
            <source>from {stage}</source>
            <translation>{stage} から</translation>
        </message>
        <message>
            <source>Some cards of “{journey}” hold more text than a stage page can show; it is cut there.</source>
            <translation>「{journey}」には、ステージのページに収まらないほど長い文章のカードがあります。そのページでは文章を省略しています。</translation>
        </message>
        <message>
            <source>leave out the line “Made with JourneyDesk” at the foot of the last page</source>
            <translation>最後のページの下の「JourneyDesk で作成」の行を入れない</translation>
        </message>
        <message>
            <source>Made with JourneyDesk</source>
            <translation>JourneyDesk で作成</translation>
        </message>
        <message>
            <source>The project's last edit time '{value}' is not a date this report can carry.</source>
            <translation>プロジェクトの最終編集日時「{value}」は、このレポートに記録できる日時ではありません。</translation>
        </message>
        <message>
            <source>SOURCE_DATE_EPOCH is '{value}', which is not a time in whole seconds since 1970 (UTC). Correct it or unset it.</source>
            <translation>SOURCE_DATE_EPOCH の値「{value}」は、1970 年（UTC）からの整数の秒数ではありません。正しい値にするか、設定を外してください。</translation>
        </message>
        <message>
            <source>row {row}, column {column}</source>
            <translation>{row} 行・{column} 列</translation>
        </message>
        <message>
            <source>Trim the left and top edges at the marks; lay them on the neighbours' dashed marks.</source>
            <translation>左端と上端を印で切り、隣のタイルの破線の印に重ねます。</translation>
        </message>
        <message>
            <source>{name} (blank)</source>
            <translation>{name}（空白）</translation>
        </message>
        <message>
            <source>{printed} of {n} tiles printed ({rows} rows × {columns} columns; the blank ones are left out) on {paper} {orientation} · assembled sheet about {w:.0f} × {h:.0f} cm · card text {size:.1f} pt (scale {scale:.0%})</source>
            <translation>タイル {n} 枚のうち {printed} 枚を印刷（{rows} 行 × {columns} 列、空白のタイルは省略）、{paper} {orientation}・貼り合わせると約 {w:.0f} × {h:.0f} cm・カードの文字 {size:.1f} pt（倍率 {scale:.0%}）</translation>
        </message>
        <message>
            <source>Tiles shown grey have nothing on them and are not printed: leave their places empty.</source>
            <translation>灰色のタイルは何も載っていないため印刷しません。その場所は空けておいてください。</translation>
        </message>
        <message>
            <source>Tile {name}</source>
            <translation>タイル {name}</translation>
        </message>
        <message>
            <source>details {n}</source>
            <translation>詳細 {n}</translation>
        </message>
        <message>
            <source>Card details</source>
            <translation>カードの詳細</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>参照</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>レーン</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>… ({n} characters in all)</source>
            <translation>…（全 {n} 文字）</translation>
        </message>
        <message>
            <source>Some cards of “{journey}” hold more text than a poster card shows ({lines} lines); it is cut there.</source>
            <translation>「{journey}」には、ポスターのカードに収まる行数（{lines} 行）を超える長い文章のカードがあります。ポスターではそこで文章を省略しています。</translation>
        </message>
        <message>
            <source>SVG: draw the text as outlines instead of embedding its font, for programs that ignore an SVG's fonts (ignored for PNG)</source>
            <translation>SVG: フォントを埋め込む代わりに文字をアウトライン（図形）で描く。SVG のフォントを使わないソフト向け（PNG では無視）</translation>
        </message>
        <message>
            <source>The font to embed in the SVG cannot be read ({reason}). Reinstall JourneyDesk, or export PNG.</source>
            <translation>SVG に埋め込むフォントを読めません（{reason}）。JourneyDesk を入れ直すか、PNG で書き出してください。</translation>
        </message>
        <message>
            <source>{n} snapshots:</source>
            <translation>スナップショット {n} 件：</translation>
        </message>
        <message>
            <source>      future state (to-be) of “{name}”</source>
            <translation>      「{name}」の将来像（To-Be）</translation>
        </message>
        <message>
            <source>compare two journeys or snapshots: cards, stages, emotion, pain points, opportunities and figures</source>
            <translation>2 つのジャーニーまたはスナップショットを比べる：カード、ステージ、感情、ペインポイント、改善機会、数値</translation>
        </message>
        <message>
            <source>the before side: a journey or a snapshot, by name (journey:NAME or snapshot:NAME when a journey and a snapshot share it)</source>
            <translation>比較前：ジャーニーかスナップショットの名前（ジャーニーとスナップショットが同じ名前のときは journey:名前 か snapshot:名前）</translation>
        </message>
        <message>
            <source>the after side, named the same way; default: a snapshot's journey as it is now, a journey's future state, or a future state's as-is journey (then before it)</source>
            <translation>比較後：同じように名前で指定。省略時は、スナップショットならそのジャーニーの現在、ジャーニーならその将来像、将来像ならその現状ジャーニー（比較前として）</translation>
        </message>
        <message>
            <source>default: table</source>
            <translation>省略時：table</translation>
        </message>
        <message>
            <source>added</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>変更</translation>
        </message>
        <message>
            <source>renamed</source>
            <translation>名前の変更</translation>
        </message>
        <message>
            <source>journey “{name}”, as it is now</source>
            <translation>ジャーニー「{name}」（現在）</translation>
        </message>
        <message>
            <source>{title}: {items}</source>
            <translation>{title}：{items}</translation>
        </message>
        <message>
            <source>snapshot “{name}” of “{journey}”, taken {when}</source>
            <translation>「{journey}」のスナップショット「{name}」（{when} 取得）</translation>
        </message>
        <message>
            <source>Cards: {added} added, {removed} removed, {changed} changed ({moved} moved), {same} unchanged.</source>
            <translation>カード：追加 {added} 枚、削除 {removed} 枚、変更 {changed} 枚（うち移動 {moved} 枚）、変更なし {same} 枚。</translation>
        </message>
        <message>
            <source>Stages and emotion (mean marker score, −2…+2)</source>
            <translation>ステージと感情（感情マーカーの平均、−2〜+2）</translation>
        </message>
        <message>
            <source>Cards</source>
            <translation>カード</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>no</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Before: {side}</source>
            <translation>比較前：{side}</translation>
        </message>
        <message>
            <source>After: {side}</source>
            <translation>比較後：{side}</translation>
        </message>
        <message>
            <source>change</source>
            <translation>変化</translation>
        </message>
        <message>
            <source>before</source>
            <translation>前</translation>
        </message>
        <message>
            <source>after</source>
            <translation>後</translation>
        </message>
        <message>
            <source>difference</source>
            <translation>差</translation>
        </message>
        <message>
            <source>Emotion markers</source>
            <translation>感情マーカー</translation>
        </message>
        <message>
            <source>Pain points resolved</source>
            <translation>解消したペインポイント</translation>
        </message>
        <message>
            <source>New pain points</source>
            <translation>新しいペインポイント</translation>
        </message>
        <message>
            <source>Opportunities realised</source>
            <translation>実現した改善機会</translation>
        </message>
        <message>
            <source>New opportunities</source>
            <translation>新しい改善機会</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>none changed</source>
            <translation>変更なし</translation>
        </message>
        <message>
            <source>Figures: {metric}</source>
            <translation>数値：{metric}</translation>
        </message>
        <message>
            <source>stage or touchpoint</source>
            <translation>ステージ／タッチポイント</translation>
        </message>
        <message>
            <source>“{name}” of “{journey}”, taken {when}</source>
            <translation>「{journey}」の「{name}」（{when} 取得）</translation>
        </message>
        <message>
            <source>{name} (deleted)</source>
            <translation>{name}（削除済み）</translation>
        </message>
        <message>
            <source>{head}: {stages} stages, {cards} cards, {markers} emotion markers</source>
            <translation>{head}：ステージ {stages} 個、カード {cards} 枚、感情マーカー {markers} 個</translation>
        </message>
        <message>
            <source>freeze a journey, with the figures of its data, inside the project</source>
            <translation>ジャーニーをデータの数値とともにプロジェクト内に保存する（スナップショット）</translation>
        </message>
        <message>
            <source>the journey to freeze, by name</source>
            <translation>保存するジャーニーの名前</translation>
        </message>
        <message>
            <source>the snapshot's name (unique in the project)</source>
            <translation>スナップショットの名前（プロジェクト内で重複不可）</translation>
        </message>
        <message>
            <source>a note kept with the snapshot</source>
            <translation>スナップショットに添えるメモ</translation>
        </message>
        <message>
            <source>list the snapshots of a project</source>
            <translation>プロジェクトのスナップショットを一覧表示する</translation>
        </message>
        <message>
            <source>Took the snapshot “{name}” of “{journey}”: {stages} stages, {cards} cards, {markers} emotion markers, {links} links.</source>
            <translation>「{journey}」のスナップショット「{name}」を保存しました：ステージ {stages} 個、カード {cards} 枚、感情マーカー {markers} 個、リンク {links} 本。</translation>
        </message>
        <message>
            <source>{head}: {problem}</source>
            <translation>{head}：{problem}</translation>
        </message>
        <message>
            <source>No snapshot was taken: {reason}</source>
            <translation>スナップショットは保存されませんでした：{reason}</translation>
        </message>
        <message>
            <source>Figures frozen with it: {metrics}.</source>
            <translation>一緒に保存した数値：{metrics}。</translation>
        </message>
        <message>
            <source>{path} holds no snapshots. Take one with: journeydesk snapshot FILE --journey NAME --name LABEL</source>
            <translation>{path} にスナップショットはありません。保存するには：journeydesk snapshot FILE --journey NAME --name LABEL</translation>
        </message>
        <message>
            <source>the snapshot “{name}” cannot be read: {reason}</source>
            <translation>スナップショット「{name}」を読み取れません：{reason}</translation>
        </message>
        <message>
            <source>Journeys: {journeys}. Snapshots: {snapshots}.</source>
            <translation>ジャーニー：{journeys}。スナップショット：{snapshots}。</translation>
        </message>
        <message>
            <source>There is no journey or snapshot named “{name}”. {listing}</source>
            <translation>「{name}」という名前のジャーニーもスナップショットもありません。{listing}</translation>
        </message>
        <message>
            <source>“{name}” has no future state to compare with; name a journey or snapshot with --to.</source>
            <translation>「{name}」には比べる将来像がありません。--to でジャーニーかスナップショットを指定してください。</translation>
        </message>
        <message>
            <source>{n} journeys are named “{name}”; rename one of them to tell them apart.</source>
            <translation>「{name}」という名前のジャーニーが {n} 件あります。区別できるようにどれかの名前を変えてください。</translation>
        </message>
        <message>
            <source>“{name}” names both a journey and a snapshot; write journey:{name} or snapshot:{name}.</source>
            <translation>「{name}」はジャーニーとスナップショットの両方の名前です。journey:{name} か snapshot:{name} と書いてください。</translation>
        </message>
        <message>
            <source>There is no journey named “{name}”. {listing}</source>
            <translation>「{name}」という名前のジャーニーはありません。{listing}</translation>
        </message>
        <message>
            <source>There is no snapshot named “{name}”. {listing}</source>
            <translation>「{name}」という名前のスナップショットはありません。{listing}</translation>
        </message>
        <message>
            <source>“{name}” has {n} future states ({names}); name one with --to.</source>
            <translation>「{name}」には将来像が {n} 件あります（{names}）。--to でどれかを指定してください。</translation>
        </message>
        <message>
            <source>The journey of the snapshot “{name}” was deleted; name what to compare it with (--to).</source>
            <translation>スナップショット「{name}」のジャーニーは削除されています。比べる相手を --to で指定してください。</translation>
        </message>
        <message>
            <source>Create future state of “{name}”</source>
            <translation>「{name}」の将来像の作成</translation>
        </message>
        <message>
            <source>{name} (to-be)</source>
            <translation>{name}（To-Be）</translation>
        </message>
        <message>
            <source>A journey cannot be the future state of itself.</source>
            <translation>ジャーニーを自分自身の将来像にはできません。</translation>
        </message>
        <message>
            <source>A snapshot needs a name.</source>
            <translation>スナップショットには名前が必要です。</translation>
        </message>
        <message>
            <source>A snapshot's time cannot be before 1970 ({value}).</source>
            <translation>スナップショットの日時を 1970 年より前にはできません（{value}）。</translation>
        </message>
        <message>
            <source>{table}.{column} cannot be {value!r}</source>
            <translation>{table}.{column} に {value!r} は入りません</translation>
        </message>
        <message>
            <source>a row of {table} has no id</source>
            <translation>{table} の行に ID がありません</translation>
        </message>
        <message>
            <source>its {table} are not a table of columns and rows</source>
            <translation>{table} が列と行の表になっていません</translation>
        </message>
        <message>
            <source>its figures are not lists</source>
            <translation>数値がリストになっていません</translation>
        </message>
        <message>
            <source>its content is not a JSON object</source>
            <translation>内容が JSON オブジェクトではありません</translation>
        </message>
        <message>
            <source>its content has no format number</source>
            <translation>内容に形式番号がありません</translation>
        </message>
        <message>
            <source>it was taken by a newer JourneyDesk (snapshot format {version}); update JourneyDesk to use it</source>
            <translation>新しい JourneyDesk で保存されています（スナップショット形式 {version}）。使うには JourneyDesk を更新してください</translation>
        </message>
        <message>
            <source>it holds no journey</source>
            <translation>ジャーニーが含まれていません</translation>
        </message>
        <message>
            <source>its tables are not a JSON object</source>
            <translation>表が JSON オブジェクトではありません</translation>
        </message>
        <message>
            <source>a row of {table} does not have {n} values</source>
            <translation>{table} の行の値が {n} 個ではありません</translation>
        </message>
        <message>
            <source>a figure is not [key, value, n]: {item!r}</source>
            <translation>数値が [キー, 値, n] の形ではありません：{item!r}</translation>
        </message>
        <message>
            <source>a metric of its figures has no name</source>
            <translation>数値の指標に名前がありません</translation>
        </message>
        <message>
            <source>its content is not JSON ({reason})</source>
            <translation>内容が JSON ではありません（{reason}）</translation>
        </message>
        <message>
            <source>Take snapshot “{name}”</source>
            <translation>スナップショット「{name}」の保存</translation>
        </message>
        <message>
            <source>Rename snapshot</source>
            <translation>スナップショットの名前の変更</translation>
        </message>
        <message>
            <source>Edit snapshot</source>
            <translation>スナップショットの編集</translation>
        </message>
        <message>
            <source>Delete snapshot “{name}”</source>
            <translation>スナップショット「{name}」の削除</translation>
        </message>
        <message>
            <source>Delete {n} snapshots</source>
            <translation>スナップショット {n} 件の削除</translation>
        </message>
        <message>
            <source>Restore snapshot “{name}”</source>
            <translation>スナップショット「{name}」の復元</translation>
        </message>
        <message>
            <source>{journey} ({snapshot})</source>
            <translation>{journey}（{snapshot}）</translation>
        </message>
        <message>
            <source>Restore snapshot “{name}” as a new journey</source>
            <translation>スナップショット「{name}」を新しいジャーニーとして復元</translation>
        </message>
        <message>
            <source>There is already a snapshot named “{name}” (of “{journey}”); choose another name.</source>
            <translation>「{name}」という名前のスナップショット（「{journey}」のもの）がすでにあります。別の名前にしてください。</translation>
        </message>
        <message>
            <source>The journey of the snapshot “{name}” was deleted; restore it as a new journey.</source>
            <translation>スナップショット「{name}」のジャーニーは削除されています。新しいジャーニーとして復元してください。</translation>
        </message>
        <message>
            <source>The snapshot “{name}” is damaged ({reason}). Delete it, or open a backup of the project to get it back.</source>
            <translation>スナップショット「{name}」は破損しています（{reason}）。削除するか、プロジェクトのバックアップを開いて取り戻してください。</translation>
        </message>
        <message>
            <source>same</source>
            <translation>同じ</translation>
        </message>
        <message>
            <source>Cards: {added} added, {removed} removed, {changed} changed ({moved} moved), {same} unchanged. Pain points: {resolved} resolved, {new} new. Opportunities realised: {realised}.</source>
            <translation>カード：追加 {added}、削除 {removed}、変更 {changed}（移動 {moved}）、変化なし {same}。ペインポイント：解消 {resolved}、新規 {new}。実現した機会：{realised}。</translation>
        </message>
        <message>
            <source>Current and future state</source>
            <translation>現状と将来像</translation>
        </message>
        <message>
            <source>{before} → {after}</source>
            <translation>{before} → {after}</translation>
        </message>
        <message>
            <source>Emotion per stage, before and after</source>
            <translation>ステージごとの感情（変更前と変更後）</translation>
        </message>
        <message>
            <source>Before: {name}</source>
            <translation>変更前：{name}</translation>
        </message>
        <message>
            <source>After: {name}</source>
            <translation>変更後：{name}</translation>
        </message>
        <message>
            <source>Card changes ({n})</source>
            <translation>カードの変化（{n}）</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>変化</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>変更前</translation>
        </message>
        <message>
            <source>After</source>
            <translation>変更後</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>差</translation>
        </message>
        <message>
            <source>{title} ({n})</source>
            <translation>{title}（{n}）</translation>
        </message>
        <message>
            <source>No card differs.</source>
            <translation>違うカードはありません。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>場所</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>変わった点</translation>
        </message>
        <message>
            <source>… and {n} more card changes; the compare command lists them all.</source>
            <translation>…ほか {n} 件のカードの変化（compare コマンドですべて一覧できます）。</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>なし。</translation>
        </message>
        <message>
            <source>{text} — {stage}</source>
            <translation>{text} — {stage}</translation>
        </message>
        <message>
            <source>Imported {n} evidence items from {path}: {cards} on cards, {stages} on stages.</source>
            <translation>{path} からエビデンスを {n} 件取り込みました（カード {cards} 件、ステージ {stages} 件）。</translation>
        </message>
        <message>
            <source>Rows read: {rows}; not placed on the map: {unmatched}; with problems (skipped): {bad}; in the journey already: {already}.</source>
            <translation>読み込んだ行：{rows}。マップに置けなかった行：{unmatched}。問題のある行（スキップ）：{bad}。取り込み済みの行：{already}。</translation>
        </message>
        <message>
            <source>quote or finding</source>
            <translation>発言・発見</translation>
        </message>
        <message>
            <source>source</source>
            <translation>情報源</translation>
        </message>
        <message>
            <source>kind of source</source>
            <translation>情報源の種別</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>Columns: {roles}.</source>
            <translation>列：{roles}。</translation>
        </message>
        <message>
            <source>…and {n} more.</source>
            <translation>…ほか {n} 件。</translation>
        </message>
        <message>
            <source>import a CSV file of metrics, or of research quotes and findings, into a project</source>
            <translation>指標、またはリサーチの発言・発見の CSV ファイルをプロジェクトに取り込む</translation>
        </message>
        <message>
            <source>Now {current} against a target of {target} ({direction}): {status}.</source>
            <translation>現在 {current}、目標 {target}（{direction}）：{status}。</translation>
        </message>
        <message>
            <source>higher is better</source>
            <translation>高いほど良い</translation>
        </message>
        <message>
            <source>lower is better</source>
            <translation>低いほど良い</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>current</source>
            <translation>現在値</translation>
        </message>
        <message>
            <source>baseline</source>
            <translation>基準値</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目標値</translation>
        </message>
        <message>
            <source>better</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>担当</translation>
        </message>
        <message>
            <source>There is no stage named '{name}'. Stages: {names}.</source>
            <translation>「{name}」というステージはありません。ステージ：{names}。</translation>
        </message>
        <message>
            <source>the stage “{stage}” of “{journey}”</source>
            <translation>「{journey}」のステージ「{stage}」</translation>
        </message>
        <message>
            <source>the journey “{journey}”</source>
            <translation>ジャーニー「{journey}」</translation>
        </message>
        <message>
            <source>Added the KPI “{name}” to {place}.</source>
            <translation>{place}に KPI「{name}」を追加しました。</translation>
        </message>
        <message>
            <source>Changed the KPI “{name}” of {place}.</source>
            <translation>{place}の KPI「{name}」を変更しました。</translation>
        </message>
        <message>
            <source>print each KPI of the journeys with its current value and status</source>
            <translation>ジャーニーの各 KPI を現在値と状況とともに表示する</translation>
        </message>
        <message>
            <source>only this journey</source>
            <translation>このジャーニーだけ</translation>
        </message>
        <message>
            <source>add a KPI to a stage or a journey, or change the one of that name</source>
            <translation>ステージまたはジャーニーに KPI を追加する（同じ名前の KPI があれば変更する）</translation>
        </message>
        <message>
            <source>the journey, by name</source>
            <translation>ジャーニー（名前で指定）</translation>
        </message>
        <message>
            <source>the stage, by name; without it, a KPI of the whole journey</source>
            <translation>ステージ（名前で指定）。省略するとジャーニー全体の KPI</translation>
        </message>
        <message>
            <source>the KPI's name</source>
            <translation>KPI の名前</translation>
        </message>
        <message>
            <source>take the current value from this imported metric</source>
            <translation>現在値をこの取り込み済みの指標から求める</translation>
        </message>
        <message>
            <source>the current value, typed in</source>
            <translation>現在値（直接入力）</translation>
        </message>
        <message>
            <source>where the figure started</source>
            <translation>基準値（出発点の値）</translation>
        </message>
        <message>
            <source>the value to reach (needed for a new KPI)</source>
            <translation>目指す値（新しい KPI には必須）</translation>
        </message>
        <message>
            <source>up: higher is better (the default for a new KPI); down: lower is better</source>
            <translation>up：高いほど良い（新しい KPI の既定）、down：低いほど良い</translation>
        </message>
        <message>
            <source>who is responsible for it</source>
            <translation>担当者・担当チーム</translation>
        </message>
        <message>
            <source>where its figures come from</source>
            <translation>数値の出どころ</translation>
        </message>
        <message>
            <source>delete the KPI of that name instead</source>
            <translation>代わりに、その名前の KPI を削除する</translation>
        </message>
        <message>
            <source>A new KPI needs --target and either --metric or --value.</source>
            <translation>新しい KPI には --target と、--metric か --value のどちらかが必要です。</translation>
        </message>
        <message>
            <source>The KPI was not saved: {reason}</source>
            <translation>KPI を保存しませんでした：{reason}</translation>
        </message>
        <message>
            <source>(whole journey)</source>
            <translation>（ジャーニー全体）</translation>
        </message>
        <message>
            <source>Deleted the KPI “{name}”.</source>
            <translation>KPI「{name}」を削除しました。</translation>
        </message>
        <message>
            <source>No KPIs yet. Add one with: journeydesk kpi FILE --journey NAME --stage NAME --name TEXT --metric NAME --target N</source>
            <translation>KPI はまだありません。追加するには：journeydesk kpi FILE --journey NAME --stage NAME --name TEXT --metric NAME --target N</translation>
        </message>
        <message>
            <source>interview</source>
            <translation>インタビュー</translation>
        </message>
        <message>
            <source>survey</source>
            <translation>アンケート</translation>
        </message>
        <message>
            <source>analytics</source>
            <translation>アクセス解析</translation>
        </message>
        <message>
            <source>support ticket</source>
            <translation>問い合わせ</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>行動観察</translation>
        </message>
        <message>
            <source>usability test</source>
            <translation>ユーザビリティテスト</translation>
        </message>
        <message>
            <source>desk research</source>
            <translation>デスクリサーチ</translation>
        </message>
        <message>
            <source>observed</source>
            <translation>確認済み</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>仮説</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>提案</translation>
        </message>
        <message>
            <source>no evidence</source>
            <translation>エビデンスなし</translation>
        </message>
        <message>
            <source>low confidence</source>
            <translation>確度：低</translation>
        </message>
        <message>
            <source>medium confidence</source>
            <translation>確度：中</translation>
        </message>
        <message>
            <source>high confidence</source>
            <translation>確度：高</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>エビデンスを追加</translation>
        </message>
        <message>
            <source>Edit evidence</source>
            <translation>エビデンスを編集</translation>
        </message>
        <message>
            <source>Delete evidence</source>
            <translation>エビデンスを削除</translation>
        </message>
        <message>
            <source>Delete {n} evidence items</source>
            <translation>エビデンス {n} 件を削除</translation>
        </message>
        <message>
            <source>Mark as {status}</source>
            <translation>「{status}」にする</translation>
        </message>
        <message>
            <source>There is no card, stage or persona with id {id}.</source>
            <translation>ID が {id} のカード、ステージ、ペルソナはありません。</translation>
        </message>
        <message>
            <source>Edit KPI “{name}”</source>
            <translation>KPI「{name}」を編集</translation>
        </message>
        <message>
            <source>Delete KPI “{name}”</source>
            <translation>KPI「{name}」を削除</translation>
        </message>
        <message>
            <source>The stage belongs to another journey.</source>
            <translation>そのステージは別のジャーニーのものです。</translation>
        </message>
        <message>
            <source>A KPI needs a name.</source>
            <translation>KPI には名前が必要です。</translation>
        </message>
        <message>
            <source>Add KPI “{name}”</source>
            <translation>KPI「{name}」を追加</translation>
        </message>
        <message>
            <source>There is already a KPI named “{name}” here.</source>
            <translation>ここにはすでに「{name}」という KPI があります。</translation>
        </message>
        <message>
            <source>An evidence item belongs to exactly one card, stage or persona.</source>
            <translation>エビデンスは、カード、ステージ、ペルソナのどれか 1 つに属します。</translation>
        </message>
        <message>
            <source>An evidence item of a card or stage names its journey; one of a persona does not.</source>
            <translation>カードやステージのエビデンスはジャーニーを持ち、ペルソナのエビデンスは持ちません。</translation>
        </message>
        <message>
            <source>An evidence item needs a text (a quote or a finding).</source>
            <translation>エビデンスには本文（発言または発見）が必要です。</translation>
        </message>
        <message>
            <source>The date of an evidence item must be written like 2024-03-31, not “{value}”.</source>
            <translation>エビデンスの日付は「{value}」ではなく、2024-03-31 のように書いてください。</translation>
        </message>
        <message>
            <source>The KPI “{name}” takes its value from a metric or a typed value, not both.</source>
            <translation>KPI「{name}」の値は、指標か直接入力のどちらか一方から取ります。両方は指定できません。</translation>
        </message>
        <message>
            <source>The {field} of the KPI “{name}” must be a number, not {value}.</source>
            <translation>KPI「{name}」の {field} は数値でなければなりません（{value} は不可）。</translation>
        </message>
        <message>
            <source>on target</source>
            <translation>目標達成</translation>
        </message>
        <message>
            <source>off target</source>
            <translation>目標未達</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>データなし</translation>
        </message>
        <message>
            <source>No answers of “{metric}” fall in this place.</source>
            <translation>「{metric}」の回答はここにはありません。</translation>
        </message>
        <message>
            <source>(nothing)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>the quote or finding is empty.</source>
            <translation>発言・発見が空です。</translation>
        </message>
        <message>
            <source>“{names}” is not a card, touchpoint or stage of “{journey}”.</source>
            <translation>「{names}」は「{journey}」のカード、タッチポイント、ステージのどれでもありません。</translation>
        </message>
        <message>
            <source>“{name}” is not a card of “{journey}”; the item goes to the stage “{stage}”.</source>
            <translation>「{name}」は「{journey}」のカードではないため、ステージ「{stage}」のエビデンスにします。</translation>
        </message>
        <message>
            <source>“{text}” is not a kind of source; write one of: interview, survey, analytics, support ticket, observation, usability test, desk research.</source>
            <translation>「{text}」は情報源の種別ではありません。次のどれかを書いてください：インタビュー、アンケート、アクセス解析、問い合わせ、行動観察、ユーザビリティテスト、デスクリサーチ（英語名も可）。</translation>
        </message>
        <message>
            <source>the kind of source is missing; write one of: interview, survey, analytics, support ticket, observation, usability test, desk research.</source>
            <translation>情報源の種別がありません。次のどれかを書いてください：インタビュー、アンケート、アクセス解析、問い合わせ、行動観察、ユーザビリティテスト、デスクリサーチ（英語名も可）。</translation>
        </message>
        <message>
            <source>{name}: no quote or finding could be placed on the map; check the names in its card, touchpoint and stage columns.</source>
            <translation>{name}：マップに置ける発言・発見がありませんでした。カード、タッチポイント、ステージの列の名前を確認してください。</translation>
        </message>
        <message>
            <source>Import evidence from “{name}”</source>
            <translation>「{name}」からエビデンスを取り込み</translation>
        </message>
        <message>
            <source>{name}: every quote or finding in it is in the journey already.</source>
            <translation>{name}：どの発言・発見もすでにジャーニーに取り込まれています。</translation>
        </message>
        <message>
            <source>{name} is in JourneyDesk journey format {version}; this version reads formats 1 to 3. Update JourneyDesk to import it.</source>
            <translation>{name} は JourneyDesk のジャーニー形式 {version} です。このバージョンが読めるのは形式 1〜3 です。取り込むには JourneyDesk を更新してください。</translation>
        </message>
        <message>
            <source>Cards: {observed} observed, {assumed} assumed, {proposed} proposed. Confidence from their evidence: {high} high, {medium} medium, {low} low, {none} without evidence.</source>
            <translation>カード：確認済み {observed}、仮説 {assumed}、提案 {proposed}。エビデンスによる確度：高 {high}、中 {medium}、低 {low}、エビデンスなし {none}。</translation>
        </message>
        <message>
            <source>↑ higher is better</source>
            <translation>↑ 高いほど良い</translation>
        </message>
        <message>
            <source>↓ lower is better</source>
            <translation>↓ 低いほど良い</translation>
        </message>
        <message>
            <source>{value} (n = {n})</source>
            <translation>{value} (n = {n})</translation>
        </message>
        <message>
            <source>{name}: {current} (target {target}, {status})</source>
            <translation>{name}：{current}（目標 {target}、{status}）</translation>
        </message>
        <message>
            <source>{status} · {confidence} ({items}, {kinds})</source>
            <translation>{status} · {confidence}（{items}、{kinds}）</translation>
        </message>
        <message>
            <source>Current</source>
            <translation>現在値</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>基準値</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>目標値</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Data source</source>
            <translation>データソース</translation>
        </message>
        <message>
            <source>1 item</source>
            <translation>1 件</translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation>{n} 件</translation>
        </message>
        <message>
            <source>1 kind of source</source>
            <translation>情報源 1 種類</translation>
        </message>
        <message>
            <source>{n} kinds of source</source>
            <translation>情報源 {n} 種類</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>裏付け</translation>
        </message>
        <message>
            <source>Quote or finding</source>
            <translation>発言・発見</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>情報源</translation>
        </message>
        <message>
            <source>Stage: {name}</source>
            <translation>ステージ：{name}</translation>
        </message>
        <message>
            <source>Whole journey</source>
            <translation>ジャーニー全体</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>スコアカード</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>エビデンス</translation>
        </message>
        <message>
            <source>KPIs: {kpis}</source>
            <translation>KPI：{kpis}</translation>
        </message>
        <message>
            <source>Touchpoints</source>
            <translation>タッチポイント</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>行動</translation>
        </message>
        <message>
            <source>Thoughts</source>
            <translation>思考</translation>
        </message>
        <message>
            <source>Emotions</source>
            <translation>感情</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>{name}: every row has a problem (listed by line); nothing would be added.</source>
            <translation>{name}：すべての行に問題があり（行ごとに表示）、何も追加されません。</translation>
        </message>
        <message>
            <source>It has neither a metric nor a typed-in value.</source>
            <translation>指標も入力値もありません。</translation>
        </message>
        <message>
            <source>It has no target.</source>
            <translation>目標値がありません。</translation>
        </message>
        <message>
            <source>{name} ({stage}), no data: {reason}</source>
            <translation>{name}（{stage}）：データなし。{reason}</translation>
        </message>
        <message>
            <source>      evidence items: {items} ({on_cards} on cards, {on_stages} on stages, {on_personas} on personas); cards {observed} observed, {assumed} assumed, {proposed} proposed; KPIs: {kpis}</source>
            <translation>      エビデンス：{items} 件（カード {on_cards} 件、ステージ {on_stages} 件、ペルソナ {on_personas} 件）。カードは確認済み {observed}、仮説 {assumed}、提案 {proposed}。KPI：{kpis} 件</translation>
        </message>
        <message>
            <source>{confidence} ({items}, {kinds})</source>
            <translation>{confidence}（{items}、{kinds}）</translation>
        </message>
        <message>
            <source>No persona yet. Choose the persona a journey is about in the app.</source>
            <translation>ペルソナがまだありません。アプリでジャーニーのペルソナを選んでください。</translation>
        </message>
        <message>
            <source>No touchpoints yet. Add touchpoint cards to the map.</source>
            <translation>タッチポイントがまだありません。マップにタッチポイントのカードを追加してください。</translation>
        </message>
        <message>
            <source>No pain points or opportunities yet. Add them as cards on the map.</source>
            <translation>ペインポイントも改善機会もまだありません。マップにカードとして追加してください。</translation>
        </message>
        <message>
            <source>No KPIs yet. Add them in the inspector (select a stage, or nothing for the journey's own, then Add… under KPIs), or with “journeydesk kpi”.</source>
            <translation>KPI がまだありません。インスペクターで追加してください（ステージを選ぶか、ジャーニー全体の KPI なら何も選ばずに、KPI の「追加…」）。「journeydesk kpi」でも追加できます。</translation>
        </message>
        <message>
            <source>No evidence yet. Add quotes and findings to cards and stages in the inspector and to personas in the Personas panel (Add…), or import a table of them with “journeydesk import-csv”.</source>
            <translation>エビデンスがまだありません。カードとステージにはインスペクターで、ペルソナにはペルソナパネルで、発言や発見を追加してください（「追加…」）。表にまとめたものは「journeydesk import-csv」で取り込めます。</translation>
        </message>
        <message>
            <source>No future state yet. Make one from a journey in the app to compare the two.</source>
            <translation>将来像がまだありません。アプリでジャーニーから将来像を作ると、両者を比較できます。</translation>
        </message>
        <message>
            <source>The chosen sections ({sections}) have nothing to show yet for {journeys}; the PDF is one page saying what to add.</source>
            <translation>選んだセクション（{sections}）には、{journeys} についてまだ表示するものがありません。PDF は何を追加すればよいかを記した 1 ページです。</translation>
        </message>
        <message>
            <source>“{journey}” has nothing yet for the sections chosen for this report:</source>
            <translation>「{journey}」には、このレポートで選んだセクションに表示するものがまだありません：</translation>
        </message>
        <message>
            <source>The chosen journeys have nothing yet for the sections chosen for this report:</source>
            <translation>選んだジャーニーには、このレポートで選んだセクションに表示するものがまだありません：</translation>
        </message>
        <message>
            <source>This project has no journeys yet, so the sections chosen for this report have nothing to show.</source>
            <translation>このプロジェクトにはまだジャーニーがないため、このレポートで選んだセクションに表示するものがありません。</translation>
        </message>
        <message>
            <source>Nothing to show yet</source>
            <translation>まだ表示するものがありません</translation>
        </message>
        <message>
            <source>{section}: {lacks}</source>
            <translation>{section}：{lacks}</translation>
        </message>
        <message>
            <source>No imported data yet. Import a CSV file of answers or counts (Import CSV… in the File menu, or “journeydesk import-csv”).</source>
            <translation>取り込んだデータがまだありません。回答や件数の CSV ファイルを取り込んでください（ファイルメニューの「CSV の取り込み…」、または「journeydesk import-csv」）。</translation>
        </message>
        <message>
            <source>{path} is in the file format of an earlier JourneyDesk and could not be read as updated ({reason}). Open it in JourneyDesk, in a folder you can write to, to update it.</source>
            <translation>{path} は以前の JourneyDesk のファイル形式で、更新した形で読み込めませんでした（{reason}）。書き込めるフォルダーに置いて JourneyDesk で開き、更新してください。</translation>
        </message>
        <message>
            <source>{path} is in the file format of an earlier JourneyDesk ({version}); it is read as updated and left as it is. Open it in JourneyDesk to update the file.</source>
            <translation>{path} は以前の JourneyDesk のファイル形式（{version}）です。更新した形で読み込み、ファイルはそのままにしました。ファイルを更新するには JourneyDesk で開いてください。</translation>
        </message>
        <message>
            <source>There is no KPI named “{name}” in {place}.</source>
            <translation>{place}には「{name}」という KPI はありません。</translation>
        </message>
        <message>
            <source>Note: the project has no imported data yet, so the KPI's status is “no data” until a CSV file with the metric “{metric}” is imported.</source>
            <translation>注：プロジェクトにはまだ取り込んだデータがありません。指標「{metric}」を含む CSV ファイルを取り込むまで、この KPI の状況は「データなし」です。</translation>
        </message>
        <message>
            <source>The journey “{journey}” has no imported data yet: import a CSV file into it first.</source>
            <translation>ジャーニー「{journey}」には取り込んだデータがまだありません。先に CSV ファイルを取り込んでください。</translation>
        </message>
        <message>
            <source>{name}: 1 row has a problem; fix it, or skip it (--skip-bad-rows) to import the rest.</source>
            <translation>{name}：1行に問題があります。修正するか、その行を飛ばして（--skip-bad-rows）残りを取り込んでください。</translation>
        </message>
        <message>
            <source>, 1 evidence item</source>
            <translation>、エビデンス 1 件</translation>
        </message>
        <message>
            <source>, {n} evidence items</source>
            <translation>、エビデンス {n} 件</translation>
        </message>
        <message>
            <source>, 1 KPI</source>
            <translation>、KPI 1 件</translation>
        </message>
        <message>
            <source>, {n} KPIs</source>
            <translation>、KPI {n} 件</translation>
        </message>
        <message>
            <source>Card, stage or persona</source>
            <translation>カード・ステージ・ペルソナ</translation>
        </message>
        <message>
            <source>journeydesk: note: {path} was updated to the current file format; the file as it was is kept as {backup}.</source>
            <translation>journeydesk: 注意：{path} を現在のファイル形式に更新しました。元のファイルは {backup} として残しています。</translation>
        </message>
        <message>
            <source>Cannot import {path}: {reason}.</source>
            <translation>{path} を取り込めません：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>look</name>
        <message>
            <source>EXIT</source>
            <translation>離脱</translation>
        </message>
        <message>
            <source>F</source>
            <translation>頻度</translation>
        </message>
        <message>
            <source>S</source>
            <translation>深刻度</translation>
        </message>
        <message>
            <source>I</source>
            <translation>効果</translation>
        </message>
        <message>
            <source>E</source>
            <translation>工数</translation>
        </message>
        <message>
            <source>{0} · {1}</source>
            <translation>{0}・{1}</translation>
        </message>
        <message>
            <source>digital</source>
            <translation>デジタル</translation>
        </message>
        <message>
            <source>human</source>
            <translation>対人</translation>
        </message>
        <message>
            <source>physical</source>
            <translation>物理的</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>オフライン</translation>
        </message>
        <message>
            <source>online</source>
            <translation>オンライン</translation>
        </message>
    </context>
    <context>
        <name>overlay</name>
        <message>
            <source>Touchpoints coloured by {0}</source>
            <translation>タッチポイントを {0} で色分け</translation>
        </message>
    </context>
    <context>
        <name>palette</name>
        <message>
            <source>Stage</source>
            <translation>ステージ</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>レーン</translation>
        </message>
        <message>
            <source>Emotion marker</source>
            <translation>感情マーカー</translation>
        </message>
        <message>
            <source>Persona</source>
            <translation>ペルソナ</translation>
        </message>
    </context>
    <context>
        <name>panel</name>
        <message>
            <source>{tip} ({keys})</source>
            <translation>{tip} ({keys})</translation>
        </message>
    </context>
</TS>
