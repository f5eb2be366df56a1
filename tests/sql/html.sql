-- html_text(): tags, references, block breaks, white space, raw-text
-- elements and malformed markup.  Line breaks in results are shown as '¶'
-- (replace(..., char(10), '¶')) so that each expectation is one line.
-- All texts are written for these tests.

-- ===== NULL, types, plain text ============================================

-- @test NULL gives NULL
SELECT html_text(NULL) IS NULL, typeof(html_text(NULL));
-- > 1|null

-- @test empty text gives empty text
SELECT quote(html_text(''));
-- > ''

-- @test numbers are read as text
SELECT html_text(42), html_text(2.5), typeof(html_text(42));
-- > 42|2.5|text

-- @test a BLOB is read as text
SELECT html_text(CAST('<b>bold</b>' AS BLOB));
-- > bold

-- @test plain text keeps its white space and lines
SELECT replace(html_text('  Two  spaces,' || char(10) || char(10) || 'a tab:' || char(9) || 'end  '), char(10), '¶');
-- >   Two  spaces,¶¶a tab:	end  

-- @test plain text: only references are decoded
SELECT html_text('Tom &amp; Jerry &lt;3 &quot;cartoons&quot;  (1940)');
-- > Tom & Jerry <3 "cartoons"  (1940)

-- @test plain text with a lone < or & stays as it is
SELECT html_text('1 < 2 && 3 > 2; AT&T; R&D; a & b'), html_text('x <= y, "<"'), html_text('<');
-- > 1 < 2 && 3 > 2; AT&T; R&D; a & b|x <= y, "<"|<

-- @test CJK and other scripts pass through
SELECT html_text('<p>阿里云在欧洲扩张。</p><p>東京の株式市場</p>');
-- > 阿里云在欧洲扩张。
-- >
-- > 東京の株式市場

-- @test invalid UTF-8 is copied through unchanged
SELECT hex(html_text(CAST(X'61FF62C3' AS TEXT))), hex(html_text(CAST(X'3C623E61FF3C2F623E' AS TEXT)));
-- > 61FF62C3|61FF

-- ===== named character references =========================================

-- @test named references with ';'
SELECT html_text('&eacute;t&eacute; &Uuml;ber &euro;5 &mdash; &hellip; &copy; &trade; &laquo;x&raquo;');
-- > été Über €5 — … © ™ «x»

-- @test names are case-sensitive
SELECT html_text('&Eacute; &eacute; &AMP; &Amp; &aMp;');
-- > É é & &Amp; &aMp;

-- @test legacy names work without ';'
SELECT html_text('&amp &lt &gt &copy &eacute &copy2024 &AMPx'), hex(html_text('&nbspx'));
-- > & < > © é ©2024 &x|C2A078

-- @test names introduced by HTML5 need their ';'
SELECT html_text('&hellip &mdash &euro;');
-- > &hellip &mdash €

-- @test the longest name wins: &notin; is one reference, &notit; is &not + "it;"
SELECT html_text('&notin; &notit; &not;');
-- > ∉ ¬it; ¬

-- @test unknown names and a bare & are text
SELECT html_text('&Nope; &; & ; &123; &zzzz');
-- > &Nope; &; & ; &123; &zzzz

-- @test a name can stand for two code points
SELECT html_text('&nGt;'), length(html_text('&nGt;')), hex(html_text('&fjlig;'));
-- > ≫⃒|2|666A

-- @test the longest name of the table, and one with digits
SELECT html_text('&CounterClockwiseContourIntegral;|&frac34;|&frac34|&sup2;');
-- > ∳|¾|¾|²

-- @test &nbsp; is U+00A0 and is not collapsed
SELECT hex(html_text('<p>a&nbsp;&nbsp;b</p>'));
-- > 61C2A0C2A062

-- @test a reference that gives white space is collapsed in HTML, kept in plain text
SELECT html_text('<p>a&#32;&#32;&Tab;b</p>'), replace(html_text('a&NewLine;b'), char(10), '¶');
-- > a b|a¶b

-- @test decoded < and & are text, not markup
SELECT html_text('<p>&lt;b&gt;not bold&lt;/b&gt; &amp;amp;</p>');
-- > <b>not bold</b> &amp;

-- ===== numeric character references =======================================

-- @test decimal and hexadecimal, with and without ';'
SELECT html_text('&#65;&#x42;&#X43;&#68 &#x45x &#0000070;');
-- > ABCD Ex F

-- @test astral code points
SELECT html_text('&#128512; &#x1F600;'), length(html_text('&#x1F600;'));
-- > 😀 😀|1

-- @test 0, surrogates and values above U+10FFFF give U+FFFD
SELECT html_text('[&#0;][&#xD800;][&#xDFFF;][&#x110000;][&#99999999999999999999;]');
-- > [�][�][�][�][�]

-- @test &#128;..&#159; are Windows-1252; 129, 141, 143, 144, 157 stay
SELECT html_text('&#128;&#130;&#133;&#145;&#146;&#147;&#148;&#150;&#151;&#153;&#159;'),
       hex(html_text('&#129;&#x9D;'));
-- > €‚…‘’“”–—™Ÿ|C281C29D

-- @test noncharacters and other controls are kept (as browsers do)
SELECT hex(html_text('&#xFFFF;&#1;&#x7F;'));
-- > EFBFBF017F

-- @test &# and &#x without digits are text
SELECT html_text('&#; &#x; &#xg; &# 1');
-- > &#; &#x; &#xg; &# 1

-- ===== tags, blocks and white space =======================================

-- @test inline tags are dropped without a space
SELECT html_text('<p>news<b>ext</b> <i>is</i> <a href="/x">here</a></p>');
-- > newsext is here

-- @test paragraphs and headings are followed by an empty line
SELECT replace(html_text('<h1>Title</h1><p>One.</p><p>Two.</p>'), char(10), '¶');
-- > Title¶¶One.¶¶Two.

-- @test other blocks give one line break
SELECT replace(html_text('<div>a</div><div>b</div><ul><li>c</li><li>d</ul><blockquote>e</blockquote>f'), char(10), '¶');
-- > a¶b¶c¶d¶e¶f

-- @test an end tag without a start tag still breaks the line
SELECT replace(html_text('a</div>b</p>c'), char(10), '¶');
-- > a¶b¶¶c

-- @test <br> is a line break; never more than one empty line
SELECT replace(html_text('a<br>b<br/><br />c<BR><br><br><br>d</br>e'), char(10), '¶');
-- > a¶b¶¶c¶¶d¶e

-- @test a <br> at the end of a block adds nothing
SELECT replace(html_text('<div>a<br></div><div>b</div>'), char(10), '¶');
-- > a¶b

-- @test white space runs collapse and lines are trimmed
SELECT replace(html_text('<div>
     one   two
	three </div>   <div>  four </div>  '), char(10), '¶');
-- > one two three¶four

-- @test leading and trailing breaks are dropped
SELECT quote(html_text('<p><p>  <div> x </div><br><p></p>'));
-- > 'x'

-- @test table cells are separated by a space, rows by a line
SELECT replace(html_text('<table><tr><th>Name</th><th>Price</th></tr><tr><td>Oil</td><td>$80</td></tr></table>'), char(10), '¶');
-- > Name Price¶Oil $80

-- @test tag names are case-insensitive
SELECT replace(html_text('<P>a</P><DiV>b</dIV><SCRIPT>x</SCRIPT>c'), char(10), '¶');
-- > a¶¶b¶c

-- @test markup only gives empty text
SELECT quote(html_text('<p></p><br><div><img src="x.png"></div>'));
-- > ''

-- @test pre keeps its line breaks (CRLF counts once), spaces still collapse
SELECT replace(html_text('<p>x</p><pre>line  1' || char(13) || char(10) || 'line 2' || char(10) || '  line 3</pre>y  z'), char(10), '¶');
-- > x¶¶line 1¶line 2¶line 3¶y z

-- @test every block element breaks the line (and the element table is sorted)
SELECT replace(html_text('<address>address</address><article>article</article><aside>aside</aside><blockquote>blockquote</blockquote><body>body</body><caption>caption</caption><center>center</center><dd>dd</dd><details>details</details><dialog>dialog</dialog><dir>dir</dir><div>div</div><dl>dl</dl><dt>dt</dt><fieldset>fieldset</fieldset><figcaption>figcaption</figcaption><figure>figure</figure><footer>footer</footer><form>form</form><frameset>frameset</frameset><head>head</head><header>header</header><hgroup>hgroup</hgroup><hr>hr</hr><html>html</html><legend>legend</legend><li>li</li><listing>listing</listing><main>main</main><menu>menu</menu><nav>nav</nav><ol>ol</ol><optgroup>optgroup</optgroup><option>option</option><pre>pre</pre><section>section</section><summary>summary</summary><table>table</table><tbody>tbody</tbody><tfoot>tfoot</tfoot><thead>thead</thead><tr>tr</tr><ul>ul</ul><xmp>xmp</xmp>'), char(10), '¶');
-- > address¶article¶aside¶blockquote¶body¶caption¶center¶dd¶details¶dialog¶dir¶div¶dl¶dt¶fieldset¶figcaption¶figure¶footer¶form¶frameset¶head¶header¶hgroup¶hr¶html¶legend¶li¶listing¶main¶menu¶nav¶ol¶optgroup¶option¶pre¶section¶summary¶table¶tbody¶tfoot¶thead¶tr¶ul¶xmp

-- @test every element whose contents are dropped
SELECT html_text('x<iframe>iframe</iframe><noembed>noembed</noembed><noframes>noframes</noframes><noscript>noscript</noscript><script>script</script><style>style</style><template>template</template><title>title</title>y');
-- > xy

-- @test headings h1-h6 and p are each followed by an empty line
SELECT replace(html_text('<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6><p>p</p>x'), char(10), '¶');
-- > 1¶¶2¶¶3¶¶4¶¶5¶¶6¶¶p¶¶x

-- @test unknown and custom elements are inline
SELECT html_text('a<my-widget>b</my-widget><blockquotex>c</blockquotex><verylongelementname>d</verylongelementname>');
-- > abcd

-- ===== contents that are dropped ==========================================

-- @test script and style contents are dropped, with markup-like text inside
SELECT replace(html_text('<p>a</p><script>if (x<y) document.write("</p><b>no</b>")</script><style>p > b { color: red }</style><p>b</p>'), char(10), '¶');
-- > a¶¶b

-- @test only the matching end tag ends a script, in any case and with attributes
SELECT html_text('a<script type="x">var s = "</scripty>";</SCRIPT  foo="1">b'), html_text('<script>x</script/>c');
-- > ab|c

-- @test an unclosed script hides the rest
SELECT quote(html_text('before<script>var x = 1; <p>after</p>'));
-- > 'before'

-- @test noscript, iframe, noembed, noframes and title are dropped
SELECT html_text('a<noscript>enable JS</noscript>b<iframe>frame</iframe>c<noembed>e</noembed>d<noframes>f</noframes>e<title>T</title>f');
-- > abcdef

-- @test the head shows nothing: title, meta, link, style, script, base
SELECT html_text('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Page &amp; title</title><link rel="stylesheet" href="s.css"><base href="/"><style>body{}</style><script src="a.js"></script></head><body><p>Body text.</p></body></html>');
-- > Body text.

-- @test text inside <head> ends the head and is shown, as in a browser
SELECT replace(html_text('<head><title>T</title>stray text</head><body>body</body>'), char(10), '¶');
-- > stray text¶body

-- @test template contents are dropped, nested templates too
SELECT html_text('a <template><p>one<template>two</template>three</p></template> b');
-- > a b

-- @test a stray </template> is ignored
SELECT html_text('a</template>b');
-- > ab

-- @test textarea: references decoded, tags are text, lines kept
SELECT replace(html_text('<p>Form</p><textarea name="t">&lt;b&gt; is <b>bold</b>
line 2</textarea>after'), char(10), '¶');
-- > Form¶¶<b> is <b>bold</b>¶line 2¶after

-- @test xmp shows its contents as written
SELECT html_text('<xmp><b>&amp;</b></xmp>');
-- > <b>&amp;</b>

-- @test plaintext: the rest of the input is text
SELECT html_text('a<plaintext><b>&amp;</b></plaintext>');
-- > a
-- > <b>&amp;</b></plaintext>

-- ===== comments, doctype, processing instructions =========================

-- @test comments are dropped, with tags and -- inside
SELECT html_text('a<!-- <p>hidden</p> -- still --> b<!---->c<!-- x --!>d');
-- > a bcd

-- @test abrupt comments <!--> and <!--->
SELECT html_text('a<!-->b<!--->c');
-- > abc

-- @test an unclosed comment hides the rest
SELECT html_text('visible<!-- not closed <p>hidden');
-- > visible

-- @test doctype, CDATA and processing instructions are dropped
SELECT html_text('<!DOCTYPE html><?xml version="1.0"?>a<![CDATA[x]]>b<!ELEMENT>c');
-- > abc

-- ===== malformed markup ====================================================

-- @test a '<' that does not start a tag is text
SELECT html_text('<p>1 < 2, 3 <= 4, a <3 b, <- arrow, < /p></p>');
-- > 1 < 2, 3 <= 4, a <3 b, <- arrow, < /p>

-- @test a quoted attribute value may hold '>'
SELECT html_text('<a title="x > y" data-q=''>'' href=/u>link</a> after');
-- > link after

-- @test a quote inside an unquoted value or a name is not a quote
SELECT html_text('<a href=x"y>one</a> <a "q>two</a>');
-- > one two

-- @test an unclosed quote hides the rest (the tag never ends)
SELECT html_text('start <a href="oops>link</a> more text');
-- > start

-- @test a tag cut off by the end of the input shows nothing
SELECT html_text('text <b'), html_text('text <div class="a"'), replace(html_text('x <p>y</p'), char(10), '¶');
-- > text|text|x¶¶y

-- @test </> is ignored, </ + non-letter starts a bogus comment, a final </ is text
SELECT html_text('a</>b'), html_text('a</ b>c'), html_text('a</1>b'), html_text('x</');
-- > ab|ac|ab|x</

-- @test unclosed elements and stray end tags
SELECT replace(html_text('<div><p>one<p>two<li>three</span></i></div>'), char(10), '¶');
-- > one¶¶two¶three

-- @test attributes on end tags and self-closing syntax
SELECT html_text('<b>bold</b class="x"> <span/>plain<img/>'), html_text('<p/>a');
-- > bold plain|a

-- ===== a page =============================================================

-- @test a news page
SELECT replace(html_text('<!doctype html>
<html><head><meta charset=utf-8><title>ECB holds rates</title>
<script>window.dataLayer = [];</script></head>
<body><nav><a href="/">Home</a> | <a href="/markets">Markets</a></nav>
<article><h1>ECB holds rates at 4&thinsp;%</h1>
<p class="lead">FRANKFURT &ndash; The European Central Bank left its
   deposit rate unchanged on Thursday.</p>
<!-- ad slot -->
<p>&ldquo;Inflation is falling,&rdquo; the bank said.</p></article>
<footer>&copy; 2024 Example News</footer></body></html>'), char(10), '¶');
-- > Home | Markets¶¶ECB holds rates at 4 %¶¶FRANKFURT – The European Central Bank left its deposit rate unchanged on Thursday.¶¶“Inflation is falling,” the bank said.¶¶© 2024 Example News

-- @test html_text is deterministic: usable in a generated column and an index
CREATE TABLE pages(html TEXT, body TEXT GENERATED ALWAYS AS (html_text(html)));
CREATE INDEX pages_body ON pages(html_text(html));
INSERT INTO pages(html) VALUES ('<p>one</p>'), ('<p>two &amp; three</p>');
SELECT body FROM pages WHERE html_text(html) = 'two & three';
-- > two & three
