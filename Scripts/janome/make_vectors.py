"""Test vectors for the janome-equivalent tokenizer, from janome 0.5.0 itself.

    /work/oracles/mifeval-ja/venv/bin/python Scripts/janome/make_vectors.py crafted
        -> Tests/IFEvalEngineTests/Vectors/janome_vectors.json: texts written here (and
           seeded random mixtures of character classes) with janome's tokens
           [[surface, index into "pos"], ...] ("pos": the part_of_speech strings).
    /work/oracles/mifeval-ja/venv/bin/python Scripts/janome/make_vectors.py shared [../shared]
        -> Tests/IFEvalEngineTests/Vectors/janome_shared_digests.json: for every text the
           M-IFEval checkers can tokenize in ../shared/mifeval-ja (prompts, responses and
           their eight loose variants, mutations), a digest of the text -> a digest of
           janome's token list. No shared text is stored, only 64-bit FNV-1a digests:
           text digest = FNV-1a(UTF-8 of text); token digest = FNV-1a(UTF-8 of
           surface + "\\t" + part_of_speech + "\\n" for each token).
"""
import json
import os
import random
import sys

from janome.tokenizer import Tokenizer

VECTORS = "Tests/IFEvalEngineTests/Vectors"


def fnv1a(data):
    h = 0xcbf29ce484222325
    for b in data:
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def tokens_of(tokenizer, text):
    return [[t.surface, t.part_of_speech] for t in tokenizer.tokenize(text)]


CRAFTED = [
    "", " ", "\u3000", "\n\n", "すもももももももものうち",
    "東京スカイツリーへのお越しは、東武スカイツリーライン「とうきょうスカイツリー駅」が便利です。",
    "私は学生です。あなたは？", "今日はいい天気ですね！", "吾輩は猫である。名前はまだ無い。",
    "コンピューターサイエンスとプログラミング言語の研究", "ジャヴァスクリプトとタイプスクリプト",
    "ｶﾀｶﾅﾊﾝｶｸとﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "ひらがなだけでかいたぶんしょうです", "カタカナダケデカイタブンショウデス",
    "漢字問題集解答例", "一二三四五六七八九十百千万億兆", "〇一二三", "二〇二四年十二月七日",
    "2024年12月7日に3人で100円を払った", "２０２４年１２月７日　午前１０時", "第1章から第12章まで",
    "3.14159と2,718と1,000,000", "ABC株式会社とXYZ Corporation", "ＡＢＣＤＥとａｂｃｄｅ",
    "Hello, world! This is English text.", "I love 日本語 and English mixed text.",
    "αβγδε ΑΒΓ と ЖЗИЙ кириллица", "Ðáéíóú àèìòù ÀÈÌÒÙ", "émigré café naïve",
    "😀絵文字😂を含む🎉テキスト👍", "👨‍👩‍👧‍👦家族", "🇯🇵日本", "①②③と⑴⑵⑶とⅠⅡⅢ",
    "※注意：★☆♪→←↑↓■□●○", "「かぎかっこ」『二重かぎ』（丸括弧）【隅付き】", "……――～〜・",
    "タブ\tと改行\nと復帰\r\nの混在", "行1\n\n行2\n\n\n行3", "  前後の空白  ", "\t\n 日本 \n\t",
    "全角　スペース　区切り", "半角 スペース 区切り", "\u00a0ノーブレーク\u00a0スペース", "ゼロ幅\u200bスペース",
    "改行\u2028行区切り\u2029段落", "\u0085NEL文字", "制御\x01文字\x7f", "ﾃｽﾄ１２３ﾃｽﾄ", "ヴァイオリンとヴィオラ",
    "ゝゞヽヾ々〆ヶ", "ー長音ーー", "ﾞﾟ濁点単独", "㍻㍼㌔㌢", "ｷﾛﾒｰﾄﾙ", "♯♭♮", "1位2位3位", "10:30〜12:45",
    "e-mail: test@example.com", "https://example.com/path?q=日本語", "C++とC#とF#", "x^2+y^2=z^2",
    "Ω≒≠≦≧∞∴", "彼は「はい」と言った。", "なぜ？！どうして！？", "えっ!?本当?!", "ああああああああああ",
    "んんんんん", "ーーーーー", "・・・", "。。。", "、、、", "!!!???", "１２３４５６７８９０", "12345678901234567890",
    "ＡＢＣ１２３あいう漢字カナ", "漢字かなカナABC123！？", "東京都港区芝公園4丁目2-8", "〒105-0011",
    "令和6年", "平成三十一年四月三十日", "約3.5kg", "約３．５ｋｇ", "50%オフ", "５０％オフ", "$100と€50と¥1000",
    "日本語の文章を形態素解析します。", "彼女は美しい花を見て、静かに微笑んだ。", "走る走った走らない走ります走れば",
    "食べる食べた食べない食べます食べれば食べよう", "美しい美しかった美しくない", "静かだ静かな静かに",
    "お疲れ様でした", "よろしくお願いいたします", "ありがとうございました", "すみません", "おはようございます",
    "体言止めの文。美しい景色", "以下の質問に答えてください：", "1. 最初の項目\n2. 次の項目\n3. 最後の項目",
    "* 箇条書き\n* 箇条書き二\n- ハイフン", "# 見出し\n## 小見出し\n本文です。", "**太字**と*斜体*", "```json\n{\"key\": \"値\"}\n```",
    "P.S. 追伸です。", "追伸：よろしく", "ふりがな：漢字（かんじ）", "東京（とうきょう）", "\ufeffBOM付き",
    "𠮷野家と𩸽", "丼と𠀋", "髙橋と﨑", "〜から〜まで", "ＷｉＦｉ", "Ｗｉ－Ｆｉ",
]


def crafted_texts():
    texts = list(CRAFTED)
    # Long texts: chunk boundaries at 1,024 and the 500+ split rules.
    texts.append("あ" * 1100)
    texts.append("漢" * 1030)
    texts.append("カ" * 2100)
    texts.append("a" * 1500)
    texts.append("猫が好きです。" * 200)
    texts.append("今日は晴れ" * 99 + "、" + "明日は雨" * 150)
    texts.append("いろは" * 170 + "\n\n" + "にほへと" * 200)
    texts.append("いろは" * 170 + "\r\n\r\n" + "にほへと" * 200)
    texts.append("x" * 499 + "。" + "y" * 600)
    texts.append("東京" * 250 + "？" + "大阪" * 300 + "!" + "名古屋" * 200)
    texts.append(("これはテストの文章です、" * 30 + "\n") * 6)
    texts.append(" " * 10 + "前後に空白" * 300 + "\u3000" * 5)
    texts.append("ア" * 1023 + "。" + "イ" * 100)
    texts.append("あ" * 1024 + "い" * 5)
    texts.append("あ" * 600 + "\n\n\n" + "い" * 600)
    alphabets = {
        "hira": "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわをんがぎぐげござじずぜぞだでどばびぶべぼぱぴぷぺぽっゃゅょー",
        "kata": "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴヴァィゥェォッャュョー",
        "kanji": "日本語東京大学人間時間生活学校先生会社電車天気言葉気持一二三十百千万〇",
        "latin": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "digit": "0123456789０１２３４５６７８９",
        "punct": "、。，．！？!?「」（）()・…ー〜~-:;'\"",
        "space": " \u3000\t\n",
        "other": "😀🎉αβγЖЗÐé①※★→ｱｲｳｶﾞ㍻",
    }
    rng = random.Random(20261207)
    names = sorted(alphabets)
    for i in range(400):
        k = rng.randint(1, 4)
        pool = "".join(alphabets[n] for n in rng.sample(names, k))
        length = rng.choice([1, 2, 3, 5, 8, 13, 30, 80])
        texts.append("".join(rng.choice(pool) for _ in range(length)))
    words = ["私", "は", "学生", "です", "。", "東京", "に", "行き", "ました", "、", "とても", "楽しかった",
             "コンピュータ", "を", "使う", "日本語", "の", "勉強", "が", "好き", "Python", "2024", "年", "！",
             "\n", " ", "ありがとう", "ございます", "漢字", "ひらがな", "カタカナ", "です", "か", "？"]
    for i in range(200):
        texts.append("".join(rng.choice(words) for _ in range(rng.randint(2, 40))))
    return texts


def crafted():
    tokenizer = Tokenizer()
    pos_table, cases = [], []
    for t in crafted_texts():
        tokens = []
        for surface, pos in tokens_of(tokenizer, t):
            if pos not in pos_table:
                pos_table.append(pos)
            tokens.append([surface, pos_table.index(pos)])
        cases.append({"text": t, "tokens": tokens})
    with open(os.path.join(VECTORS, "janome_vectors.json"), "w", encoding="utf-8") as f:
        json.dump({"janome": "0.5.0", "pos": pos_table, "cases": cases}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print("crafted cases:", len(cases), "tokens:", sum(len(c["tokens"]) for c in cases))


def loose_variants(response):
    # evaluation_main.py's loose texts for one response.
    r = response.split("\n")
    first = "\n".join(r[1:]).strip()
    last = "\n".join(r[:-1]).strip()
    both = "\n".join(r[1:-1]).strip()
    return [response, response.replace("*", ""), first, last, both,
            first.replace("*", ""), last.replace("*", ""), both.replace("*", ""),
            response.replace('"', '')]


def shared_texts(root):
    base = os.path.join(root, "mifeval-ja")
    texts = []
    files = [os.path.join(base, "responses", n) for n in sorted(os.listdir(os.path.join(base, "responses")))]
    files.append(os.path.join(base, "mutations", "responses.jsonl"))
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                texts.append(obj["prompt"])
                if isinstance(obj.get("response"), str):
                    texts.extend(loose_variants(obj["response"]))
    for path in [os.path.join(base, "test", "ja_input_data.jsonl"), os.path.join(base, "mutations", "input_data.jsonl")]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                texts.append(json.loads(line)["prompt"])
    return texts


def shared(root):
    tokenizer = Tokenizer()
    digests = {}
    for text in shared_texts(root):
        key = fnv1a(text.encode("utf-8"))
        if key in digests:
            continue
        data = "".join(t.surface + "\t" + t.part_of_speech + "\n" for t in tokenizer.tokenize(text))
        digests[key] = fnv1a(data.encode("utf-8"))
    with open(os.path.join(VECTORS, "janome_shared_digests.json"), "w", encoding="utf-8") as f:
        json.dump({"janome": "0.5.0", "digest": "fnv1a64", "texts": dict(sorted(digests.items()))}, f, indent=0)
        f.write("\n")
    print("shared texts:", len(digests))


if __name__ == "__main__":
    if sys.argv[1] == "crafted":
        crafted()
    else:
        shared(sys.argv[2] if len(sys.argv) > 2 else "../shared")
