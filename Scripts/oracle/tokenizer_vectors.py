#!/usr/bin/env python3
"""Regenerate Tests/IFEvalEngineTests/Vectors/tokenizer_vectors.json: texts written for
this project with what nltk 3.10.4 says about them: Punkt English sentences
(`PunktTokenizer("english").tokenize`), `nltk.word_tokenize` tokens, and
`NLTKWordTokenizer().tokenize` on the whole text.

    NLTK_DATA=/tmp/nltk_data /tmp/oracle/bin/python Scripts/oracle/tokenizer_vectors.py
"""
import json
import os

import nltk
from nltk.tokenize import NLTKWordTokenizer, PunktTokenizer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "IFEvalEngineTests", "Vectors", "tokenizer_vectors.json")

TEXTS = [
    # Empty and white space.
    "", " ", "\n", "\n\n\n", "\t \r\n ", "\u3000", "\x1c", "a\x1cb. C\x1fd.", "\x1c\x1d\n\x1e",
    # Plain sentences.
    "Hello world.", "Hello world", "Hello world. How are you? I am fine!",
    "One. Two. Three.", "one. two. three.", "This is it.And this is not.",
    "Wait... what? Really!!! Yes.", "Very bad acting!!! I promise.", "Is it?! Yes?! No.",
    "Why?No!Because.", "He left . She stayed .", "End with space. ", "  Leading space. Then more.  ",
    # Abbreviations.
    "Mr. Smith went to Washington. He met Dr. Jones.",
    "Mrs. Brown and Ms. Green met Prof. White at 5 p.m. yesterday. It rained.",
    "The U.S. economy grew. The U.K. did not.", "I live in the U.S. It is big.",
    "Use e.g. apples, i.e. fruit. Then stop.", "Bring pens, paper, etc. We start at nine.",
    "Call Gen. Patton. Sen. Kerry spoke. Rep. Lewis left.", "See Fig. 3 for details. Also Fig. 4.",
    "Apple Inc. reported earnings. Microsoft Corp. did too.", "Jan. 5 was cold. Feb. 10 was warm.",
    "He was born on Sept. 9. She was born on Oct. 1.", "St. Louis is a city. Mt. Everest is a mountain.",
    "The vs. match ended. Smith vs. Jones won.", "J. R. R. Tolkien wrote books. C. S. Lewis too.",
    "George W. Bush spoke. John F. Kennedy died.", "He said: A. Then B. Then C.",
    "Ph.D. students work hard. M.D. students too.", "It's 3 a.m. Go to bed.",
    "The co. is small. The co-op. is big.", "He met Messrs. Smith and Jones. They agreed.",
    "We visited Ala. and Calif. last year. Then Fla.", "Lt. Dan said hi. Maj. Payne said bye.",
    "The Jr. team won. Sr. players lost.", "Washington, D.C. is the capital. It is busy.",
    "The N.Y. Times printed it. Then the W.Va. paper.", "prof. x and dr. y. they were late.",
    "MR. SMITH SAID HELLO. DR. JONES LEFT.", "Mr.Smith met Dr.Jones.", "the u.s.a. is large. the u.s.s.r. was too.",
    # Initials and numbers.
    "A. Smith and B. Jones came. They left.", "Section 4.2 covers it. Section 5 does not.",
    "It costs $3.50. That is cheap.", "The value is 3.14159. Pi is irrational.",
    "There were 1,000,000 people. Wow.", "Version 2.0.1 is out. Update now.",
    "Step 1. Open the box. Step 2. Remove the item.", "1. First item\n2. Second item\n3. Third item",
    "He finished 2nd. She was 1st.", "In 1999. the market crashed. In 2000. it recovered.",
    "Score: 10-2. Next game.", "Temperature -5.5. Cold.", "Call 555-1234. Or not.", ".5 is half. ,5 too.",
    "Chapter III. The end. Chapter IV. The start.", "No. 5 is here. No. 6 is there.",
    "Item 12. the rest follows.", "On page 5. he wrote more.", "x. y. z.", "I. Introduction. II. Methods.",
    # URLs and e-mails.
    "Visit https://example.com. It is great.", "Go to www.example.org/path?q=1. Then stop.",
    "Email me at john.doe@example.com. Thanks.", "See http://a.b.c/d.e. Done.",
    "Files: report.pdf, data.csv. All done.", "Run ./script.sh now. It works.",
    # Ellipses.
    "Well... I don't know.", "Well. . . I don't know.", "He paused... Then he spoke.",
    "And so on...", "Wait.... Four dots.", "Hmm . . . okay . . . fine.", "So...what now?",
    "...And then it ended.", "He said..\"no\". Then left.", "Ellipsis\u2026 unicode. Next.",
    # Quotes.
    "\"Hello,\" he said. \"Goodbye.\"", "He said, \"Stop.\" Then he left.",
    "She wrote \u201cHi.\u201d Then \u201cBye.\u201d", "\u201cIs it true?\u201d she asked. \u201cYes!\u201d",
    "It's \u2018fine.\u2019 Really.", "\u00abBonjour.\u00bb Il part.", "He said ''hello'' to me. Ok.",
    "``Quoted'' text. More.", "'Single quotes.' Next one.", "He said 'no.' She said 'yes.'",
    "\"Why?\" \"Because.\" \"Fine.\"", "Quote at end.\"", "\"Start quote", "(He left.) She stayed.",
    "[Note.] The end.", "{Braces.} Done.", "He left (quickly). Then came back.",
    "The book (see p. 5) is good. Read it.", "(Sent1.) Sent2.", "\"Hi.\"--she said.", "He said \"no.\"\n\nNext paragraph.",
    "\u201cDone.\u201d\u201cAgain.\u201d", "He yelled: 'STOP!' Then ran.", "\"A.\" \"B.\" \"C.\"", "It's 'quoted'. And \"this\".",
    "'tis the season. 'Twas the night.", "Rock 'n' roll is here. 'n stuff.", "The '90s were fun. The '80s too.",
    "He said ' hi ' then left.", "''Double single'' quote.", "A \"quote\" inside.", "<He said \"yes\"> ok.",
    "(\"Quoted in parens\") fine.", "[''Odd''] one.", "{\"x\": 1, \"y\": 2}",
    # Contractions.
    "I can't do it. You won't either.", "I CAN'T DO IT. YOU WON'T EITHER.", "We're here. They've gone. She'll come.",
    "I'm fine. He's ok. I'd go.", "I cannot go. CANNOT! Cannot.", "Gimme that. Gonna go. Gotta run. Lemme see. Wanna play?",
    "GIMME THAT. GONNA GO. GOTTA RUN. LEMME SEE. WANNA PLAY?", "I wanna\ngo. You wanna.", "D'ye know? more'n enough.",
    "'Tis true. 'TIS TRUE. 'twas fun. 'TWAS FUN.", "it 'tis and 'twas and 'tisn't.", "Don't! DON'T! don't.",
    "The dog's bone. The dogs' bones. JAMES'S car.", "He'll've done it. Y'all come.", "O'Neil and O'NEIL came. D'Angelo too.",
    "ma'am, that's ours. MA'AM.", "rock'n'roll isn't dead.", "I've 'em all.", "Whaddya want? Whatcha doing?",
    "can'tcannot gonnagonna", "It ain't so. AIN'T IT?", "You'RE and We'Re and THEY'RE.",
    # Dashes and punctuation.
    "Wait--what? No -- never.", "A---B. C----D.", "Em\u2014dash. En\u2013dash. Figure\u2012dash. Bar\u2015.",
    "Semi;colon. At@sign. Hash#tag. Dollar$5. 50% done. Tom&Jerry.", "Stars *bold* and **strong**. Ok.",
    "Colon: here. Time 10:30. Ratio 3:4. List: a, b, c.", "Commas,between,words. Numbers 1,2,3.",
    "A, B, C,", "Trailing colon:", "Trailing comma,\n", "Mixed ?! and !? marks?!", "Brackets <a> [b] {c} (d).",
    "Hyphen-ated words. Self-made. X-ray.", "Under_score and back\\slash. Done.", "Tilde~ and caret^ and pipe|.",
    "Math: 2+2=4. 5*3=15. 10/2=5.", "a.b.c.d. e.f.", "Period.Period.Period.", "End.)", "End.) Next.",
    "It ended.' Next.", "It ended.\" Next.", "It ended.\u201d Next.", "It ended.\u2019 Next.", "It ended.\u00bb Next.",
    "It ended.] Next.", "It ended.} Next.", "It ended.> Next.", "It ended.)] Next.", "It ended.\"' Next.",
    "Is it?) Yes.", "Really!\" No.", "Stop!' she said.", "Go.)--Then stop.", "Done.\"\nNew line.",
    # Lists, bullets, markdown.
    "# Heading\n\nSome text. More text.", "## Title\nParagraph one.\n\n## Next\nParagraph two.",
    "* item one\n* item two\n* item three", "- first.\n- second.\n- third.", "1) one. 2) two. 3) three.",
    "**Bold heading**\n\nText here. More.", "*italic*. Then more.", "> Quoted line.\n> Another.",
    "```\ncode block.\n```\nAfter code.", "| a | b |\n|---|---|\n| 1 | 2 |", "Title: <<My Title>>\n\nBody text.",
    "SECTION 1\nText. SECTION 2\nMore text.", "P.S. I love you.", "P.P.S. Me too. Bye.",
    "Line one\nLine two\nLine three", "Line one.\nLine two.\nLine three.", "Para one.\n\nPara two.\n\n\nPara three.",
    "CRLF one.\r\nCRLF two.\r\n", "CR only.\rNext.", "Tab\tseparated.\tWords.", "Form\x0cfeed. Vertical\x0btab.",
    "Unicode line\u2028sep. Para\u2029sep.", "Next\x85line. Done.", "No\u00a0break. Space.", "Ideographic\u3000space. Here.",
    "Thin\u2009space. Here.", "Zero\u200bwidth. Here.",
    # CJK, emoji, combining marks, other scripts.
    "\u4f60\u597d\u3002\u6211\u5f88\u597d\u3002", "\u4f60\u597d\uff01\u4f60\u597d\u5417\uff1f\u662f\u7684\u3002",
    "English. \u4e2d\u6587\u3002 Mixed.", "\u3053\u3093\u306b\u3061\u306f\u3002\u5143\u6c17\uff1f",
    "Full\uff0cwidth\uff1apunct\uff1b here\uff0e Done\uff01", "Emoji \U0001F600. Next \U0001F44D!", "\U0001F600\U0001F600. \U0001F44D\U0001F3FD ok.",
    "Family \U0001F468\u200D\U0001F469\u200D\U0001F467. Done.", "Cafe\u0301. Na\u00efve. R\u00e9sum\u00e9.",
    "e\u0301. A\u0300. Combining.", "\u0301Leading mark. Ok.", "CAF\u00c9 AU LAIT. \u00c9COLE.", "\u00dcBER ALLES. \u00c4RGER.",
    "Stra\u00dfe. STRASSE. \u1e9e.", "\u0130stanbul. \u0130STANBUL. \u0131s\u0131k.", "\u03a3\u039f\u03a6\u0399\u0391. \u03c3\u03bf\u03c6\u03af\u03b1.",
    "\u041f\u0440\u0438\u0432\u0435\u0442. \u041a\u0430\u043a \u0434\u0435\u043b\u0430? \u0425\u041e\u0420\u041e\u0428\u041e.",
    "\u0645\u0631\u062d\u0628\u0627. \u0643\u064a\u0641 \u062d\u0627\u0644\u0643\u061f", "\u05e9\u05dc\u05d5\u05dd. \u05de\u05d4 \u05e9\u05dc\u05d5\u05de\u05da?",
    "\u0928\u092e\u0938\u094d\u0924\u0947\u0964 \u0915\u0948\u0938\u0947 \u0939\u094b?", "\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35. \u0e04\u0e23\u0e31\u0e1a.",
    "\u01c5ungla. \u01c4UNGLA. \u01c6ungla.", "x\u00b2. y\u00b3. \u00bd done.", "\u2160. Roman. \u2161. Two.",
    "Ligature \ufb01ne. \ufb00. Done.", "\u212a kelvin. \u017f long s.", "\u017fTIS and 'T\u0130S. 'ti\u017f.",
    "The K\u212aN. can\u212anot.", "CANNOT\u0130 c\u0130nnot.", "gim\u0131me. G\u0130MME. Gimme.",
    "\u24b6\u24b7\u24b8 circled. \u24d0\u24d1.", "\U0001d400\U0001d401 math bold. Done.", "\u0660\u0661\u0662. Arabic digits. \u0663.\u0664.",
    "\uff11\uff12\uff13. Fullwidth digits.", "\u0966. Devanagari zero. Ok.",
    # All caps and mixed case.
    "THIS IS ALL CAPS. IT SHOULD COUNT.", "THE USA AND THE UK. NASA TOO.", "I AM HERE. I. A. OK.",
    "HELLO, WORLD! HOW ARE YOU?", "Mixed CASE words LIKE this ONE.", "ALLCAPS-WITH-HYPHENS and SNAKE_CASE_WORDS.",
    "C3PO and R2D2. X-MEN. 3D.", "A1 B2 C3. 4U.", "NOTE: THIS IS IMPORTANT. PLEASE READ.", "WARNING!!! DANGER!!!",
    "I'M HERE. YOU'RE THERE. WE'LL SEE. THEY'VE GONE. SHE'D KNOW. HE'S OK.", "IT'S THE DOG'S. DOGS'. JAMES'",
    "\"QUOTED CAPS.\" \u201cSMART CAPS.\u201d", "(PARENS CAPS) [BRACKET CAPS].", "#HASHTAG @MENTION $MONEY",
    "AM I RIGHT? YES, I AM.", "U.S.A. U.K. E.U.", "MR. AND MRS. SMITH.", "WHY?! BECAUSE!", "OK... FINE...",
    # Lowercase starts and ortho heuristics.
    "he said hi. she said bye.", "see the u.s. flag. it waves.", "the end. the beginning.",
    "Dr. who? Dr. Who.", "He went to the Ga. store. The store was closed.", "The Dec. report. The Nov. one.",
    "He saw Mr. and Mrs. Smith. They waved.", "The fig. was eaten. Then another fig.",
    "The 5. However, it was late.", "The 5. Then it was late.", "The 5. the end.", "Item 3. Who knows?",
    "Score 7. International news.", "Result 9. Business as usual.", "B. Smith came. I. Magnin shop.",
    "J. Walter. J. walter. j. Walter.", "Inc. However he left.", "Co. The end.", "etc. The end.", "etc. the end.",
    "Wed. Thursday. Fri.", "...And. ...the.", "A.B. Cc. D.E. f.",
    # Very long and repeated.
    "This is a sentence. " * 40, "word " * 200 + ".", "a" * 500 + ". " + "B" * 300 + ".",
    "!" * 50 + " Then.", "?" * 30, "." * 100, "-" * 60, "*" * 40 + " stars.", "(" * 20 + "x" + ")" * 20 + ".",
    "Mr. " * 30 + "Smith.", "U.S. " * 20 + "Done.", "\"" * 15 + "x." + "\"" * 15,
    "Sentence one is here, and it keeps going with many clauses, commas, semicolons; colons: dashes -- and more "
    "words until it finally ends. Second.",
]

# Word-character edge cases: marks, other numbers and newly encoded letters are word
# characters for the `regex` module (apostrophe rule, initials) but not all for `re`.
TEXTS += [
    "x '\u0301a and '\u00b2b and '\u0558c. \u0558. Next.", "'\u0558tis 'ab \u00b2'cd. \u0301. E.",
    "\u1ade. Then \u1ade'x. \u0e3f. X.", "'\u2160x and \u24b6'y. \u24b6. Z.", "it's '_under and '\u203fx.",
    "can\u0301not. gon\u200dna. wan\u00b2na go.", "\u0660. \u0660.5 is \u0661,\u0662.", "'\U00016ac0x. \U00016ac0. Y.",
]

# Repeated units, as in the linear-time test.
for unit in ["!", "a.(", ". ", "a. ", "''", "--", ". . ", "Mr. ", "J. ", ".\n", "a.\u3000", "A.B.", ".)", "' a", "can "]:
    TEXTS.append(unit * (600 // len(unit)))

# Systematic probes: a sentence end followed by each character class nltk singles out.
PROBE_CHARS = list("\"'`()[]{}<>:;,.!?*@#$%&-_/\\~^|+=") + [
    "\u2018", "\u2019", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e", "\u2012", "\u2013", "\u2014",
    "\u2015", "\u2026", "\u00a0", "\u3000", "\u3002", "\u0301", "\u00b2",
]
for c in PROBE_CHARS:
    TEXTS.append(f"It ended.{c} Then more.")
    TEXTS.append(f"Word{c}word {c}start end{c} A{c}B. Next{c}")

texts = []
seen = set()
for t in TEXTS:
    if t not in seen:
        seen.add(t)
        texts.append(t)


def main():
    punkt = PunktTokenizer("english")
    treebank = NLTKWordTokenizer()
    vectors = []
    for text in texts:
        vectors.append(
            {
                "text": text,
                "sentences": punkt.tokenize(text),
                "words": nltk.word_tokenize(text),
                "treebank": treebank.tokenize(text),
            }
        )
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(vectors, f, ensure_ascii=True, indent=1)
        f.write("\n")
    print(len(vectors), "vectors written to", OUT)


if __name__ == "__main__":
    main()
