"""Stories inside the template markup of the big publishing platforms, for the
article-or-chrome tests (tests/test_platform_chrome.py).

Each story is kept as data (headline, sections, paragraphs with their links, content
pictures) and each platform renders it the way its templates do: WordPress classic
themes and the block editor, Blogger, Medium, Substack, Ghost, Drupal, Squarespace,
Wix, Tumblr, AMP and a news CMS. The test can then check that every paragraph, heading,
content picture and link of the story is read, and that no error lands on the chrome.
``python tests/platformkit.py DIR`` writes the pages out for ``auditor check --explain-body``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pic:
    src: str
    alt: str | None  # None: the writer left the alt out (a real defect, IM001)
    caption: str = ""
    credit: str = ""


@dataclass(frozen=True)
class Section:
    heading: str  # "" for the lead, before the first heading
    paragraphs: tuple[str, ...]  # inline HTML: text and <a href> links
    pic: Pic | None = None


@dataclass(frozen=True)
class Story:
    slug: str
    headline: str
    dek: str
    sections: tuple[Section, ...]
    items: int = 0  # the list the headline promises, 0 for a news story or essay
    as_list: bool = False  # the items are an <ol> of bold-titled entries, not headings

    def paragraphs(self) -> list[str]:
        return [_text(p) for s in self.sections for p in s.paragraphs]

    def headings(self) -> list[str]:
        return [s.heading for s in self.sections if s.heading and not self.as_list]

    def pics(self) -> list[Pic]:
        return [s.pic for s in self.sections if s.pic is not None]

    def links(self) -> list[tuple[str, str]]:
        return [(m.group(1), _text(m.group(2))) for s in self.sections for p in s.paragraphs
                for m in re.finditer(r'<a href="([^"]+)">(.*?)</a>', p)]


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


@dataclass
class Page:
    platform: str
    story: Story
    html: str
    notes: list[str] = field(default_factory=list)


HOUSEPLANTS = Story(
    slug="7-houseplants-for-a-dark-apartment",
    headline="7 Houseplants That Survive a Dark Apartment",
    dek="North-facing windows are no excuse: these plants ask for little light and less attention.",
    items=7,
    sections=(
        Section("", (
            "When I moved into a ground-floor flat with one north-facing window, three of my plants died "
            "within a month. Since then I have tested more than forty species in the gloom, and a handful "
            "kept growing. Light is measured in lux, and <a href=\"https://extension.example.edu/low-light\">"
            "the university extension service's guide</a> puts most living rooms between 50 and 500 lux.",
            "Every plant below coped with less than 200 lux for a whole winter in my flat.",
        )),
        Section("1. Snake plant", (
            "The snake plant stores water in its stiff leaves, so it forgives a forgotten watering and grows "
            "slowly in shade. Water it once a month in winter and let the soil dry out completely.",
        ), Pic("https://cdn.example.com/uploads/2023/01/snake-plant.jpg", "Snake plant in a clay pot by a window",
               "A snake plant on the windowsill of my flat.", "Photo: Maria Lopez")),
        Section("2. ZZ plant", (
            "Glossy and almost indestructible, the ZZ plant grows from potato-like rhizomes that hold weeks of "
            "water. Mine put out two new stems in a corner that gets no direct sun at all.",
        )),
        Section("3. Pothos", (
            "Pothos trails happily from a bookshelf and tells you when it is thirsty by drooping. Cuttings root "
            "in a glass of water, which makes it the cheapest plant on this list to multiply.",
        ), Pic("https://cdn.example.com/uploads/2023/01/pothos-shelf.jpg", None,
               "Pothos trailing from a bookshelf.", "Photo: Maria Lopez")),
        Section("4. Cast iron plant", (
            "The Victorians kept Aspidistra in dark, gas-lit parlours, hence its name. It tolerates cold "
            "draughts, dust and neglect, though it grows a leaf or two a year at most.",
        )),
        Section("5. Peace lily", (
            "Peace lilies flower even in modest light and wilt dramatically when dry, then recover within "
            "hours of a drink. Keep them away from cats: <a href=\"https://www.aspca.example.org/plants\">"
            "the ASPCA lists them as toxic</a>.",
        )),
        Section("6. Parlour palm", (
            "A small palm that prefers filtered light, the parlour palm has been a houseplant since the 1800s. "
            "Mist it in winter when the heating dries the air, and turn the pot every few weeks.",
        ), Pic("https://cdn.example.com/uploads/2023/01/parlour-palm.jpg", "",
               "", "")),
        Section("7. Chinese evergreen", (
            "Aglaonema comes in silver and pink varieties; the darker green ones handle the least light. It "
            "dislikes cold, so keep it off a winter windowsill and water when the top inch is dry.",
            "If you want to go further, <a href=\"/2022/11/grow-lights-guide/\">read my grow-light guide</a> "
            "before you buy a lamp.",
        )),
    ),
)

BIKE_LANES = Story(
    slug="council-approves-protected-bike-lanes",
    headline="City Council Approves 14 Miles of Protected Bike Lanes",
    dek="The $38 million plan passed 7-2 after four hours of public comment.",
    sections=(
        Section("", (
            "The city council voted 7-2 on Tuesday night to build 14 miles of protected bike lanes over the "
            "next three years, the largest expansion of the network since it was first drawn up in 2011.",
            "The vote came after more than four hours of public comment, with residents lining up to speak "
            "for and against the plan. <a href=\"https://council.example.gov/agenda/2024-03-12\">The full "
            "agenda and the staff report</a> are posted on the council's site.",
        ), Pic("https://media.example.com/2024/03/bike-lane-main-st.jpg", "Cyclists ride in a painted lane on Main Street",
               "Cyclists on Main Street, where the first protected lane will go.", "Jane Doe / The Daily Ledger")),
        Section("What changes on the streets", (
            "The first segments will run along Main Street and Fifth Avenue, where the city recorded 212 crashes "
            "involving cyclists between 2019 and 2023. Concrete curbs will replace the painted buffers on both.",
            "Transportation director Alicia Gomez said the curbs would cut the number of cars parking in the lanes, "
            "a complaint that dominated the city's survey last autumn.",
        )),
        Section("Who pays for it", (
            "About $22 million of the $38 million cost comes from a federal grant awarded in January. The rest "
            "will be drawn from the city's transportation fund, which is financed by a parking surcharge.",
            "Council member Tom Reyes, who voted against the plan, said the city should repair its roads first. "
            "\"We have potholes older than some of these bike lanes,\" he said.",
        ), Pic("https://media.example.com/2024/03/council-vote.jpg", None,
               "Council members during Tuesday's vote.", "John Smith / The Daily Ledger")),
        Section("What happens next", (
            "Design work begins this summer, and construction on Main Street is set to start in spring 2025. "
            "Businesses along the route will be consulted on loading zones before the designs are final.",
            "Residents can comment on the designs at three open houses in May; <a href=\"/news/2024/02/bike-survey-results\">"
            "the results of last year's survey</a> will be used as a starting point.",
        )),
    ),
)

BAKERY = Story(
    slug="what-a-decade-of-baking-taught-me",
    headline="What Ten Years of Running a Small Bakery Taught Me",
    dek="Flour, debt, four in the morning, and the regulars who kept us open.",
    sections=(
        Section("", (
            "We opened the bakery in a former shoe shop with a second-hand deck oven and a loan my parents "
            "co-signed. Ten years later the oven is on its third set of elements and the loan is paid off, "
            "but the lessons I did not expect are the ones I think about most.",
        ), Pic("https://images.example.net/bakery/storefront.jpg", "The bakery's storefront at dawn, lights on",
               "The shop on its first morning.", "")),
        Section("The mornings never get easier", (
            "Bread does not care how you slept. For the first two years I started at four every day, shaping "
            "loaves while the street was still dark, and I learned that a routine beats willpower every time.",
            "What changed was not the hour but the team: once two bakers could open without me, I stopped "
            "treating exhaustion as a virtue.",
        )),
        Section("Regulars are the business", (
            "About a third of our sales come from the same two hundred people. They forgave us the burnt "
            "batches of 2015 and told their friends when we started making rye. I read <a href=\"https://research.example.org/small-retail-loyalty\">"
            "a study of small food retailers</a> that found the same pattern in shop after shop.",
        ), Pic("https://images.example.net/bakery/rye-loaves.jpg", None, "Rye loaves cooling on the rack.", "")),
        Section("Price for the bad year", (
            "We priced our sourdough for a good year and nearly closed in a bad one, when flour went up by "
            "forty percent in six months. Now every price assumes the worst harvest we have seen.",
            "Running a small business is mostly arithmetic done while tired. Ten years in, I still love the "
            "smell of the first bake, and I have finally learned to check the numbers before the bread.",
        )),
    ),
)

HIKES = Story(
    slug="5-easy-day-hikes-near-boulder",
    headline="5 Easy Day Hikes Near Boulder",
    dek="Short trails with big views, all within half an hour of downtown.",
    items=5,
    as_list=True,
    sections=(
        Section("", (
            "Boulder sits at the foot of the Flatirons, and you do not need a full day or a permit to get "
            "into the foothills. These five trails are under five miles round trip, climb less than a thousand "
            "feet and can be done before lunch. Check <a href=\"https://osmp.example.gov/trail-conditions\">"
            "the open space department's trail conditions page</a> before you go: mud closures are common in spring.",
        ), Pic("https://photos.example.org/hikes/flatirons-view.jpg", "The Flatirons seen from Chautauqua Meadow",
               "The Flatirons from Chautauqua.", "Photo by Sam Lee")),
        Section("Chautauqua Trail", (
            "A steady 1.2-mile climb from the ranger cottage to the base of the First Flatiron, with the meadow "
            "in wildflowers from May to July. Parking fills by eight on weekends, so take the free shuttle.",
        )),
        Section("Mount Sanitas Valley", (
            "The valley trail is the gentle way up Sanitas: 2.5 miles of wide path along a creek, shaded in "
            "the afternoon. Dogs are welcome on a leash, and the loop can be shortened at the halfway bench.",
        ), Pic("https://photos.example.org/hikes/sanitas-valley.jpg", None, "Sanitas Valley in autumn.", "Photo by Sam Lee")),
        Section("Royal Arch", (
            "The hardest on this list, Royal Arch climbs 1,400 feet in 1.7 miles to a natural sandstone arch "
            "framing the plains. Start early in summer: the upper switchbacks face the afternoon sun.",
        )),
        Section("Wonderland Lake", (
            "A flat 1.7-mile loop around a lake on the north side of town, good for children and for "
            "birdwatching at dusk, when herons fish the shallows near the dam.",
        )),
        Section("Flagstaff Summit Nature Loop", (
            "Drive most of the way up and walk a half-mile loop through ponderosa pine to an overlook of the "
            "whole city. Bring a jacket: the summit is often ten degrees cooler than downtown.",
            "For longer routes, <a href=\"/trails/boulder-long-hikes/\">see our guide to the high peaks</a>.",
        )),
    ),
)


Render = Callable[[str], str]


@dataclass(frozen=True)
class Markup:
    """How a platform writes the parts of a story inside its content box."""

    para: Render = lambda html: f"<p>{html}</p>"
    heading: Render = lambda text: f"<h2>{text}</h2>"
    figure: Callable[[Pic], str] = lambda pic: _plain_figure(pic)
    ol: tuple[str, str] = ("<ol>", "</ol>")
    li: Callable[[str, str], str] = lambda title, html: f"<li><strong>{title}.</strong> {html}</li>"


def _alt(pic: Pic) -> str:
    return "" if pic.alt is None else f' alt="{pic.alt}"'


def _caption(pic: Pic) -> str:
    return " ".join(x for x in (pic.caption, pic.credit) if x)


def _plain_figure(pic: Pic) -> str:
    cap = f"<figcaption>{_caption(pic)}</figcaption>" if _caption(pic) else ""
    return f'<figure><img src="{pic.src}"{_alt(pic)}>{cap}</figure>'


def story_html(story: Story, m: Markup) -> str:
    out: list[str] = []
    items: list[str] = []
    late: list[str] = []
    for section in story.sections:
        if story.as_list and section.heading:
            items.append(m.li(section.heading, " ".join(section.paragraphs)))
            if section.pic is not None:
                late.append(m.figure(section.pic))
            continue
        if section.heading:
            out.append(m.heading(section.heading))
        out.extend(m.para(p) for p in section.paragraphs)
        if section.pic is not None:
            out.append(m.figure(section.pic))
    if items:
        out.append(m.ol[0] + "\n".join(items) + m.ol[1])
        out.extend(late)
    return "\n".join(out)


def head(story: Story, host: str, extra: str = "") -> str:
    url = f"https://{host}/{story.slug}/"
    return (f'<head><meta charset="utf-8"><title>{story.headline} | {host}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="description" content="{story.dek}">'
            f'<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">'
            f'<meta property="og:title" content="{story.headline}">{extra}</head>')


# --- WordPress, classic theme (Twenty-* style) with Jetpack and a widget sidebar ----------

def _wp_caption(pic: Pic) -> str:
    if not _caption(pic):
        return f'<p><img class="aligncenter size-large wp-image-81" src="{pic.src}"{_alt(pic)} width="800" height="533"></p>'
    return (f'<div id="attachment_80" style="width: 810px" class="wp-caption aligncenter">'
            f'<img aria-describedby="caption-attachment-80" class="size-large wp-image-80" src="{pic.src}"{_alt(pic)}'
            f' width="800" height="533" srcset="{pic.src} 800w, {pic.src[:-4]}-300x200.jpg 300w" sizes="(max-width: 800px) 100vw, 800px">'
            f'<p id="caption-attachment-80" class="wp-caption-text">{pic.caption} <em>{pic.credit}</em></p></div>')


def wordpress_classic(story: Story = HOUSEPLANTS) -> str:
    host = "greencorner.example"
    url = f"https://{host}/{story.slug}/"
    body = story_html(story, Markup(figure=_wp_caption))
    # The [gallery] shortcode: thumbnails linked to their attachment pages (the default).
    cells = "".join(
        f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="https://{host}/{story.slug}/{name.lower()}/">'
        f'<img width="150" height="150" src="https://cdn.example.com/uploads/2023/01/{name}-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="{alt}" decoding="async" loading="lazy"></a></div></figure>'
        for name, alt in (("IMG_2041", "New leaves on the ZZ plant"), ("IMG_2042", "Pothos cuttings rooting in a glass"),
                          ("IMG_2043", "The north window in January")))
    body += f'\n<div id="gallery-1" class="gallery galleryid-123 gallery-columns-3 gallery-size-thumbnail">{cells}</div>'
    return f"""<!DOCTYPE html>
<html lang="en-US">{head(story, host)}
<body class="post-template-default single single-post postid-123 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
 <div class="site-branding"><p class="site-title"><a href="https://{host}/" rel="home">Green Corner</a></p>
 <p class="site-description">Plants for small spaces</p></div>
 <nav id="site-navigation" class="main-navigation" aria-label="Primary Menu">
  <button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
  <div class="menu-main-container"><ul id="primary-menu" class="menu"><li id="menu-item-5" class="menu-item"><a href="/">Home</a></li>
  <li class="menu-item"><a href="/category/houseplants/">Houseplants</a></li><li class="menu-item"><a href="/about/">About</a></li></ul></div>
 </nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-123" class="post-123 post type-post status-publish format-standard has-post-thumbnail hentry category-houseplants tag-low-light">
 <header class="entry-header">
  <h1 class="entry-title">{story.headline}</h1>
  <div class="entry-meta"><img src="https://secure.gravatar.com/avatar/5d41402abc4b2a76b9719d911017c592?s=32&amp;d=mm&amp;r=g" width="32" height="32" class="photo"> <span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time class="entry-date published" datetime="2023-01-12T08:00:00+00:00">January 12, 2023</time></a></span>
  <span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://{host}/author/maria/">Maria Lopez</a></span></span>
  <span class="comments-link"><a href="{url}#comments">3 Comments</a></span></div>
 </header>
 <div class="post-thumbnail"><img width="1200" height="675" src="https://cdn.example.com/uploads/2023/01/dark-apartment-plants.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="Houseplants on a shelf in a dim living room" loading="lazy"></div>
 <div class="entry-content">
{body}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-123" class="share-twitter sd-button share-icon" href="{url}?share=twitter" target="_blank" title="Click to share on Twitter"><span>Twitter</span></a></li>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-123" class="share-facebook sd-button share-icon" href="{url}?share=facebook" target="_blank" title="Click to share on Facebook"><span>Facebook</span></a></li>
<li class="share-pinterest"><a rel="nofollow noopener noreferrer" class="share-pinterest sd-button share-icon" href="{url}?share=pinterest" target="_blank" title="Click to share on Pinterest"><span>Pinterest</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-1234-123-63b" data-src="https://widgets.wp.com/likes/#blog_id=1234&amp;post_id=123" data-name="like-post-frame-1234-123-63b">
<h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div>
<span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div id="jp-relatedposts" class="jp-relatedposts">
 <h3 class="jp-relatedposts-headline"><em>Related</em></h3>
 <div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">
  <div class="jp-relatedposts-post jp-relatedposts-post0 jp-relatedposts-post-thumbs" data-post-id="98" data-post-format="false">
   <a class="jp-relatedposts-post-a" href="https://{host}/repot-a-fiddle-leaf-fig/" title="How to repot a fiddle leaf fig" rel="nofollow" data-origin="123" data-position="0"><img class="jp-relatedposts-post-img" loading="lazy" src="https://i0.wp.com/cdn.example.com/uploads/2022/10/fig.jpg?resize=350%2C200" width="350" alt="" /></a>
   <h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://{host}/repot-a-fiddle-leaf-fig/" rel="nofollow">How to repot a fiddle leaf fig</a></h4>
   <p class="jp-relatedposts-post-excerpt">Roots circling the pot? Here is how I moved mine without losing a leaf.</p>
   <p class="jp-relatedposts-post-context">In &quot;Houseplants&quot;</p>
  </div>
  <div class="jp-relatedposts-post jp-relatedposts-post1 jp-relatedposts-post-thumbs" data-post-id="87" data-post-format="false">
   <a class="jp-relatedposts-post-a" href="https://{host}/overwatering-signs/" title="Five signs you are overwatering" rel="nofollow" data-origin="123" data-position="1"><img class="jp-relatedposts-post-img" loading="lazy" src="https://i0.wp.com/cdn.example.com/uploads/2022/09/wilted.jpg?resize=350%2C200" width="350" alt="" /></a>
   <h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://{host}/overwatering-signs/" rel="nofollow">Five signs you are overwatering</a></h4>
   <p class="jp-relatedposts-post-excerpt">Yellow leaves and soggy soil are only the start.</p>
   <p class="jp-relatedposts-post-context">In &quot;Care&quot;</p>
  </div>
 </div>
</div>
 </div><!-- .entry-content -->
 <footer class="entry-footer"><span class="cat-links">Posted in <a href="https://{host}/category/houseplants/" rel="category tag">Houseplants</a></span>
 <span class="tags-links">Tagged <a href="https://{host}/tag/low-light/" rel="tag">low light</a>, <a href="https://{host}/tag/beginners/" rel="tag">beginners</a></span>
 <span class="edit-link"><a class="post-edit-link" href="https://{host}/wp-admin/post.php?post=123&amp;action=edit">Edit<span class="screen-reader-text"> "{story.headline}"</span></a></span></footer>
 <div class="author-info">
  <div class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/5d41402abc4b2a76b9719d911017c592?s=56&amp;d=mm&amp;r=g" class="avatar avatar-56 photo" height="56" width="56" loading="lazy"></div>
  <div class="author-description"><h2 class="author-title"><span class="author-heading">Author:</span> Maria Lopez</h2>
  <p class="author-bio">Maria writes about plants for small apartments and has killed more ferns than she cares to admit. She lives in Leeds with a cat and too many pots.
  <a class="author-link" href="https://{host}/author/maria/" rel="author">View all posts by Maria Lopez</a></p></div>
 </div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2>
<div class="nav-links"><div class="nav-previous"><a href="https://{host}/repot-a-fiddle-leaf-fig/" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span> <span class="screen-reader-text">Previous post:</span> <span class="post-title">How to repot a fiddle leaf fig</span></a></div>
<div class="nav-next"><a href="https://{host}/winter-watering/" rel="next"><span class="meta-nav" aria-hidden="true">Next</span> <span class="screen-reader-text">Next post:</span> <span class="post-title">Winter watering, simplified</span></a></div></div></nav>
<div id="comments" class="comments-area">
 <h2 class="comments-title">3 thoughts on &ldquo;{story.headline}&rdquo;</h2>
 <ol class="comment-list">
  <li id="comment-11" class="comment even thread-even depth-1"><article id="div-comment-11" class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/aa?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32"><b class="fn"><a href="https://example.org" rel="external nofollow ugc" class="url">Priya</a></b> <span class="says">says:</span></div>
   <div class="comment-metadata"><a href="{url}#comment-11"><time datetime="2023-01-13T10:11:00+00:00">January 13, 2023 at 10:11 am</time></a></div></footer>
   <div class="comment-content"><p>My ZZ plant has survived two moves and a holiday of three weeks without water. Can confirm it is unkillable, and it sits in a corridor with no window at all.</p></div>
   <div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom=11#respond" data-commentid="11" aria-label="Reply to Priya">Reply</a></div>
  </article></li>
 </ol>
 <div id="respond" class="comment-respond">
  <h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">Cancel reply</a></small></h3>
  <form action="https://{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
   <p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
   <p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
   <p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required></p>
   <p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
  </form>
 </div>
</div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary" aria-label="Blog Sidebar">
 <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://{host}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>
 <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
 <ul><li><a href="https://{host}/winter-watering/">Winter watering, simplified</a></li><li><a href="https://{host}/repot-a-fiddle-leaf-fig/">How to repot a fiddle leaf fig</a></li></ul></section>
 <section id="text-3" class="widget widget_text"><h2 class="widget-title">About me</h2><div class="textwidget"><p><img class="alignnone" src="https://cdn.example.com/uploads/2020/05/maria.jpg" width="150" height="150"></p><p>Hi, I'm Maria. I grow plants in a flat with almost no light and write about what survives.</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div>
</body></html>"""


# --- WordPress block editor (a block theme) ----------------------------------------------

def _wp_block_figure(pic: Pic) -> str:
    cap = f'<figcaption class="wp-element-caption">{_caption(pic)}</figcaption>' if _caption(pic) else ""
    return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
            f'src="{pic.src}"{_alt(pic)} class="wp-image-201" srcset="{pic.src} 1024w" sizes="(max-width: 1024px) 100vw, 1024px"/>{cap}</figure>')


_WP_BLOCK = Markup(
    para=lambda html: f"<p>{html}</p>",
    heading=lambda text: f'<h2 class="wp-block-heading">{text}</h2>',
    figure=_wp_block_figure,
    ol=('<ol class="wp-block-list">', "</ol>"),
    li=lambda title, html: f"<li><strong>{title}</strong>: {html}</li>",
)


def wordpress_blocks(story: Story = HIKES) -> str:
    host = "trailnotes.example"
    url = f"https://{host}/{story.slug}/"
    body = story_html(story, _WP_BLOCK)
    gallery = """<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">
<figure class="wp-block-image size-large"><a href="https://photos.example.org/hikes/royal-arch-1.jpg"><img decoding="async" width="1024" height="768" data-id="301" src="https://photos.example.org/hikes/royal-arch-1-1024x768.jpg" alt="Royal Arch from below" class="wp-image-301"/></a></figure>
<figure class="wp-block-image size-large"><a href="https://photos.example.org/hikes/royal-arch-2.jpg"><img decoding="async" width="1024" height="768" data-id="302" src="https://photos.example.org/hikes/royal-arch-2-1024x768.jpg" alt="The view east through the arch" class="wp-image-302"/></a></figure>
<figure class="wp-block-image size-large"><a href="https://photos.example.org/hikes/royal-arch-3.jpg"><img decoding="async" width="1024" height="768" data-id="303" src="https://photos.example.org/hikes/royal-arch-3-1024x768.jpg" alt="Switchbacks on the upper trail" class="wp-image-303"/></a></figure>
<figcaption class="blocks-gallery-caption wp-element-caption">Royal Arch, start to finish.</figcaption></figure>"""
    embed = """<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe loading="lazy" title="Hiking the Royal Arch trail" width="800" height="450" src="https://www.youtube.com/embed/abc123?feature=oembed" frameborder="0" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">Our video of the Royal Arch climb.</figcaption></figure>"""
    buttons = f"""<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">
<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="https://osmp.example.gov/trail-map.pdf">Download the trail map</a></div></div>"""
    return f"""<!DOCTYPE html>
<html lang="en-US">{head(story, host)}
<body class="post-template-default single single-post postid-456 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flex">
 <div class="wp-block-site-logo"><a href="https://{host}/" class="custom-logo-link" rel="home"><img width="120" height="40" src="https://{host}/wp-content/uploads/logo.png" class="custom-logo" alt="Trail Notes" decoding="async"></a></div>
 <p class="wp-block-site-title"><a href="https://{host}" target="_self" rel="home">Trail Notes</a></p>
 <nav class="is-responsive wp-block-navigation is-layout-flex" aria-label="Header navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/colorado/"><span class="wp-block-navigation-item__label">Colorado</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/gear/"><span class="wp-block-navigation-item__label">Gear</span></a></li></ul></nav>
</div></header>
<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained">
 <h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{story.headline}</h1>
 <div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="2024-05-02T09:00:00+00:00">May 2, 2024</time></div>
 <div class="wp-block-post-author-name"><a href="https://{host}/author/sam/" target="_self" class="wp-block-post-author-name__link">Sam Lee</a></div>
 <div class="taxonomy-category wp-block-post-terms"><a href="https://{host}/colorado/" rel="tag">Colorado</a></div></div>
 <figure style="aspect-ratio:16/9;" class="wp-block-post-featured-image"><img width="1600" height="900" src="https://photos.example.org/hikes/boulder-hero.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="Hikers on a trail above Boulder" style="width:100%;height:100%;object-fit:cover;" decoding="async"></figure>
</div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
<p class="has-large-font-size">{story.dek}</p>
{body}
{gallery}
{embed}
<p>Printable maps of all five trails are on the open space department's site.</p>
{buttons}
<div class="wp-block-group is-style-section-1 has-border-color"><div class="wp-block-post-author"><div class="wp-block-post-author__avatar"><img alt="" src="https://secure.gravatar.com/avatar/0a?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48"></div>
<div class="wp-block-post-author__content"><p class="wp-block-post-author__byline">About the author</p><p class="wp-block-post-author__name">Sam Lee</p><p class="wp-block-post-author__bio">Sam has hiked every trail in Boulder County at least twice and still gets lost on Sanitas.</p></div></div></div>
</div>
<div class="wp-block-group is-layout-constrained"><div class="taxonomy-post_tag wp-block-post-terms"><a href="https://{host}/tag/day-hikes/" rel="tag">day hikes</a><span class="wp-block-post-terms__separator">, </span><a href="https://{host}/tag/boulder/" rel="tag">boulder</a></div></div>
<nav class="wp-block-group is-layout-flex" aria-label="Post navigation"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">&larr;</span><a href="https://{host}/rocky-mountain-np-in-a-day/" rel="prev">Rocky Mountain National Park in a day</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="https://{host}/best-trail-shoes/" rel="next">The best trail shoes under $100</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">&rarr;</span></div></nav>
<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-comments-title">One response to &ldquo;{story.headline}&rdquo;</h2>
<ol class="wp-block-comment-template"><li id="comment-7" class="comment even thread-even depth-1"><div class="wp-block-group is-layout-flex"><div class="wp-block-avatar"><img alt="Jordan Avatar" src="https://secure.gravatar.com/avatar/bb?s=40" class="avatar avatar-40 photo wp-block-avatar__image" width="40" height="40"></div>
<div class="wp-block-group"><div class="wp-block-comment-author-name"><a rel="external nofollow ugc" href="https://jordan.example" target="_self">Jordan</a></div><div class="wp-block-comment-date"><time datetime="2024-05-03T12:00:00+00:00"><a href="{url}#comment-7">May 3, 2024 at 12:00 pm</a></time></div>
<div class="wp-block-comment-content"><p>Did Royal Arch last weekend with two kids under ten. Hard but doable if you start before nine.</p></div><div class="wp-block-comment-reply-link"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom=7#respond" aria-label="Reply to Jordan">Reply</a></div></div></div></li></ol>
<div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="https://{host}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Post Comment"></p></form></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained"><div class="wp-block-columns"><div class="wp-block-column"><h2 class="wp-block-heading">Trail Notes</h2><p>Day hikes and gear reviews from the Front Range.</p></div>
<div class="wp-block-column"><nav class="wp-block-navigation" aria-label="Footer"><ul><li><a href="/about/">About</a></li><li><a href="/privacy/">Privacy</a></li></ul></nav></div></div>
<p class="has-text-align-center">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer>
</div></body></html>"""


# --- Blogger (a classic layout: post-outer, post-body entry-content, post-footer) --------------

def _blogger_figure(pic: Pic) -> str:
    img = f'<a href="{pic.src}" imageanchor="1" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1200" data-original-width="1600" height="480" src="{pic.src}"{_alt(pic)} width="640" /></a>'
    if not _caption(pic):
        return f'<div class="separator" style="clear: both; text-align: center;">{img}</div>'
    return (f'<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
            f'<tr><td style="text-align: center;">{img}</td></tr><tr><td class="tr-caption" style="text-align: center;">{_caption(pic)}</td></tr></tbody></table>')


def blogger(story: Story = BAKERY) -> str:
    host = "crumbandcrust.blogspot.com"
    url = f"https://{host}/2024/02/{story.slug}.html"
    body = story_html(story, Markup(
        para=lambda html: f"<p>{html}</p>",
        heading=lambda text: f"<h3>{text}</h3>",
        figure=_blogger_figure))
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="en" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b">{head(story, host)}
<body class="loading variant-indie">
<div class="navbar section" id="navbar" name="Navbar"><div class="widget Navbar" data-version="1" id="Navbar1"><iframe src="https://www.blogger.com/navbar.g?targetBlogID=123" height="30px" width="100%"></iframe></div></div>
<div class="outer-wrapper">
<header class="header-outer"><div class="header section" id="header"><div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="https://{host}/">Crumb and Crust</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Notes from a small bakery</span></p></div></div></div></div></header>
<div class="main-outer"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" data-version="1" id="Blog1">
<div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Tuesday, February 6, 2024</span></h2>
<div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://images.example.net/bakery/storefront.jpg" itemprop="image_url">
<a name="7302115"></a>
<h3 class="post-title entry-title" itemprop="name">{story.headline}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-7302115" itemprop="description articleBody">
{body}
<div style="clear: both;"></div>
</div>
<div class="post-footer">
<div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">Ana Baker</span></a></span></span>
<span class="post-timestamp">at <a class="timestamp-link" href="{url}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2024-02-06T07:30:00-08:00">7:30 AM</abbr></a></span>
<span class="post-comment-link"></span><span class="post-icons"><span class="item-control blog-admin pid-1"><a href="https://www.blogger.com/post-edit.g?blogID=123&amp;postID=7302115" title="Edit Post"><img alt="" class="icon-action" height="18" src="https://resources.blogblog.com/img/icon18_edit_allbkg.gif" width="18"></a></span></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=123&amp;postID=7302115&amp;target=email" target="_blank" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="https://www.blogger.com/share-post.g?blogID=123&amp;postID=7302115&amp;target=blog" onclick='window.open(this.href, "_blank", "height=270,width=475"); return false;' target="_blank" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="https://www.blogger.com/share-post.g?blogID=123&amp;postID=7302115&amp;target=twitter" target="_blank" title="Share to X"><span class="share-button-link-text">Share to X</span></a><a class="goog-inline-block share-button sb-facebook" href="https://www.blogger.com/share-post.g?blogID=123&amp;postID=7302115&amp;target=facebook" onclick='window.open(this.href, "_blank", "height=430,width=640"); return false;' target="_blank" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a><a class="goog-inline-block share-button sb-pinterest" href="https://www.blogger.com/share-post.g?blogID=123&amp;postID=7302115&amp;target=pinterest" target="_blank" title="Share to Pinterest"><span class="share-button-link-text">Share to Pinterest</span></a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="https://{host}/search/label/business" rel="tag">business</a>, <a href="https://{host}/search/label/sourdough" rel="tag">sourdough</a></span></div>
</div>
</div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4><div class="comments-content"><div class="comment-thread"><ol><li class="comment" id="c1"><div class="avatar-image-container"><img src="https://resources.blogblog.com/img/blank.gif" alt=""></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/999" rel="nofollow">Tom</a></cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="{url}?showComment=1#c1">February 6, 2024 at 9:12 AM</a></span></div><p class="comment-content">Your rye got me through the winter of 2020. Thank you for staying open when so many shops closed their doors.</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="1">Reply</a><span class="item-control blog-admin blog-admin pid-2"><a target="_self" href="https://www.blogger.com/delete-comment.g?blogID=123&amp;postID=1">Delete</a></span></span></div></li></ol></div></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=123&amp;postID=7302115" onclick="">Post a Comment</a></p></div>
</div></div></div>
</div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="https://{host}/2024/02/new-oven.html" id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="https://{host}/2024/01/january-rye.html" id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a></span><a class="home-link" href="https://{host}/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="https://{host}/feeds/7302115/comments/default" target="_blank" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1">
<div class="widget Profile" data-version="1" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="https://www.blogger.com/profile/0123"><img alt="My photo" class="profile-img" height="80" src="https://blogger.googleusercontent.com/img/b/profile.jpg" width="80"></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/0123" rel="author">Ana Baker</a></dt><dd class="profile-textblock">Baker, owner, dishwasher.</dd></dl></div></div>
<div class="widget BlogArchive" data-version="1" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">&#9660;&#160;</span></a><a class="post-count-link" href="https://{host}/2024/">2024</a> <span class="post-count" dir="ltr">(3)</span></li></ul></div></div>
<div class="widget PopularPosts" data-version="1" id="PopularPosts1"><h2>Popular Posts</h2><div class="widget-content popular-posts"><ul><li><div class="item-thumbnail-only"><div class="item-thumbnail"><a href="https://{host}/2023/05/starter.html" target="_blank"><img alt="" border="0" src="https://images.example.net/bakery/starter-s72-c.jpg"></a></div><div class="item-title"><a href="https://{host}/2023/05/starter.html">How I keep a starter alive</a></div></div></li></ul></div></div>
</div></div>
</div></div>
<footer class="footer-outer"><div class="footer section" id="footer-1"><div class="widget Attribution" data-version="1" id="Attribution1"><div class="widget-content" style="text-align: center;">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer>
</div>
</body></html>"""


# --- Medium (a server-rendered story: hashed class names, figure/picture, clap bar) ----------

def _medium_figure(pic: Pic) -> str:
    cap = f'<figcaption class="lw lx ly ho hp lz ma bf b bg z dv">{_caption(pic)}</figcaption>' if _caption(pic) else ""
    return (f'<figure class="ln lo lp lq lr ls lk ll paragraph-image"><div role="button" tabindex="0" class="lt lu fg lv bh lw">'
            f'<div class="lk ll lm"><picture><source srcset="{pic.src}?w=640 640w, {pic.src}?w=1400 1400w" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw, 700px" type="image/webp">'
            f'<img class="bh mf mg c" width="700" height="467" loading="lazy"{_alt(pic)} src="{pic.src}" role="presentation"/></picture></div></div>{cap}</figure>')


def medium(story: Story = BAKERY) -> str:
    host = "medium.com"
    url = f"https://{host}/@anabaker/{story.slug}-3f2a9c1d"
    n = iter(range(100))
    body = story_html(story, Markup(
        para=lambda html: f'<p id="p{next(n)}" class="pw-post-body-paragraph nh ni gu nj b nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe gn bk" data-selectable-paragraph="">{html}</p>',
        heading=lambda text: f'<h2 id="h{next(n)}" class="of og gu bf oh oi oj ok ol om on oo op oq or os ot ou ov ow bk" data-selectable-paragraph="">{text}</h2>',
        figure=_medium_figure))
    clap = """<div class="ab q kg kh ki kj kk kl km kn ko kp kq kr ks kt ku"><div class="h k"><div class="pw-multi-vote-icon fg ft kv kw kx"><div class=""><div class="ky kz la lb lc ld le am lf lg lh kx"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path d="M11.37.83 12 3.28l.63-2.45h-1.26z"></path></svg></div></div></div><div class="pw-multi-vote-count l li lj lk ll lm ln lo"><p class="bf b dw z dv"><span class="lp">--</span></p></div></div>
<div class="ab q"><button class="ah ai aj ak al am an ao ap aq ar as at au av aw ax ay" aria-label="responses"><svg width="24" height="24"></svg><p class="bf b dw z dv"><span class="pw-responses-count lq lr">12</span></p></button></div>
<div class="bm" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton" aria-expanded="false" aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af fj ah ai aj ak al ls an ao ap ej lt lu lv" disabled=""><svg width="25" height="25"></svg></button></div>
<div class="bm" aria-hidden="false"><div><div class="bm" aria-hidden="false"><button aria-label="Share Post" data-testid="headerSocialShareButton" class="af fj ah ai aj ak al ls an ao ap ej mh mi lv"><svg width="24" height="24"></svg></button></div></div></div></div>"""
    return f"""<!doctype html>
<html lang="en">{head(story, host)}
<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div>
<div class="l c"><div class="l ae"><div class="ab ac"><div class="af ag ah ai aj ak al"><div class="am an ao">
<a data-testid="headerMediumLogo" href="/?source=post_page---two_column_layout_nav-----------------------------------" aria-label="Homepage"><svg viewBox="0 0 1043.63 592.71" class="ap aq"><g></g></svg></a>
<div class="ar h"><div class="as at au av aw ax ay az"><input role="combobox" aria-controls="searchResults" placeholder="Search" class="ba bb bc bd z be bf bg bh bi" value=""></div></div></div>
<div class="h k w fg fh"><div class="fi ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton" href="/new-story?source=post_page"><div class="bf b bg z dv fj fk ab q fl fm"><span class="bf b bg z dv">Write</span></div></a></div></div>
<div class="ab fp"><span><a class="bf b bg z dv fq fr fs ft fu fv fw fx fy fz ga gb gc" href="https://medium.com/m/signin?operation=register&amp;redirect=x" rel="noopener follow">Sign up</a></span></div></div></div></div>
<div class="l"><div class="gd ge gf gg gh l">
<article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fv gb gc gd ge"></div><div class="gf ff gg gh gi"><div class="ab ca"><div class="ch bg ew ex ey ez">
<div><h1 id="a1b2" class="pw-post-title gj gk gl bf gm gn go gp gq gr gs gt gu gv gw gx gy gz ha hb hc hd he hf hg hh bk" data-testid="storyTitle" data-selectable-paragraph="">{story.headline}</h1></div>
<div><h2 id="c3d4" class="pw-subtitle-paragraph hi gk gl bf b hj hk hl hm hn ho hp hq hr hs ht hu hv hw hx cp dv" data-selectable-paragraph="">{story.dek}</h2>
<div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="hy hz ia ib ic ab"><div><div class="ab id"><div><div class="bm" aria-hidden="false"><a href="/@anabaker?source=post_page-----3f2a9c1d--------------------------------" rel="noopener follow"><div class="l ie if bx ig ih"><div class="l ey"><img alt="Ana Baker" class="l eq bx dc dd cw" src="https://miro.medium.com/v2/resize:fill:88:88/1*anabaker.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"><div class="ii bx l dc dd em n ij en"></div></div></div></a></div></div></div></div>
<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ik ab q"><div class="ab q il"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b im in bk"><a class="af ag ah ai aj ak al am an ao ap aq ar io" data-testid="authorName" href="/@anabaker?source=post_page" rel="noopener follow">Ana Baker</a></p></div></div></div><span class="ip iq" aria-hidden="true"><span class="bf b bg z dv">·</span></span><p class="bf b im in dv"><span><a class="ir is ah ai aj ak al am an ao ap aq ar ex it iu" href="https://medium.com/m/signin?actionUrl=follow" rel="noopener follow">Follow</a></span></p></div></div></span></div></div>
<div class="l iv"><span class="bf b bg z dv"><div class="ab cn iw ix iy"><span class="bf b bg z dv"><div class="ab ae"><span data-testid="storyReadTime">4 min read</span><div class="iz ja l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dv">·</span></span></div><span data-testid="storyPublishDate">Feb 6, 2024</span></div></span></div></span></div></div></div>
{clap}
</div></div></div>
{body}
</div></div></div></div></section></div></div></article></div>
<div class="l ah"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="qa qb ab iy"><div class="qc ab"><a class="qd ax an ao" href="/tag/small-business?source=post_page-----3f2a9c1d---------------small_business-----------------" rel="noopener follow"><div class="qe eo cw qf hc qg qh bf b bg z bk qi">Small Business</div></a></div><div class="qc ab"><a class="qd ax an ao" href="/tag/baking?source=post_page" rel="noopener follow"><div class="qe eo cw qf hc qg qh bf b bg z bk qi">Baking</div></a></div></div></div></div></div>
<div class="l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="ab cp ra"><div class="ab q"><a href="/@anabaker?source=post_page" rel="noopener follow"><div class="l ie"><img alt="Ana Baker" class="l eq bx rb rc cw" src="https://miro.medium.com/v2/resize:fill:144:144/1*anabaker.jpeg" width="72" height="72" loading="lazy"></div></a></div>
<div class="ab q rd"><div class="re l"><h2 class="bf ga rf rg rh ri rj rk rl rm rn ro rp rq rr rs rt bk"><a href="/@anabaker?source=post_page" rel="noopener follow"><span class="gj">Written by Ana Baker</span></a></h2><div class="ru bh l"><p class="bf b bg z dv"><a class="af ag ah ai aj ak al am an ao ap aq ar io" href="/@anabaker/followers?source=post_page" rel="noopener follow">1.2K Followers</a></p></div><div class="rv l"><p class="bf b bg z bk"><span class="rw">Baker in Portland. Writing about small business, bread and the arithmetic of staying open.</span></p></div></div></div></div></div></div></div>
<div class="sh si sj sk sl l"><div class="ab ca"><div class="ch bg ew ex ey ez"><div class="sm l"><h2 class="bf ga rf rg rh ri rj rk rl rm rn ro rp rq rr rs rt bk">More from Ana Baker</h2></div>
<div class="sn so l"><div class="sp sq sr ss"><div class="st l"><article><div class="l"><div class="l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/@anabaker/the-oven-that-almost-sank-us-9a8b?source=author_recirc" rel="noopener follow"><div class="tb tc l"><img alt="The oven that almost sank us" class="bx tb" src="https://miro.medium.com/v2/resize:fill:679:388/1*oven.jpeg" width="679" height="388" loading="lazy"></div></a>
<div class="ua l"><a href="/@anabaker/the-oven-that-almost-sank-us-9a8b?source=author_recirc" rel="noopener follow"><h2 class="bf ga vb bk">The oven that almost sank us</h2><div class="vc l"><h3 class="bf b gm z ci vd cp">Four thousand dollars, a weekend and a lesson about warranties.</h3></div></a></div></div></div></article></div>
<div class="st l"><article><div class="l"><div class="l"><a href="/@anabaker/pricing-sourdough-1c2d?source=author_recirc" rel="noopener follow"><div class="tb tc l"><img alt="" class="bx tb" src="https://miro.medium.com/v2/resize:fill:679:388/1*loaf.jpeg" width="679" height="388" loading="lazy"></div></a>
<div class="ua l"><a href="/@anabaker/pricing-sourdough-1c2d?source=author_recirc" rel="noopener follow"><h2 class="bf ga vb bk">How we price a sourdough loaf</h2><div class="vc l"><h3 class="bf b gm z ci vd cp">Flour is the cheap part.</h3></div></a></div></div></div></article></div></div></div>
<div class="ab q"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="/@anabaker?source=author_recirc" rel="noopener follow"><p class="bf b dw z ga vt">See all from Ana Baker</p></a></div></div></div></div>
</div></div></div></body></html>"""


# --- Substack (available-content / body markup, captioned-image-container, subscribe widgets) ----

def _substack_figure(pic: Pic) -> str:
    cap = f'<figcaption class="image-caption">{_caption(pic)}</figcaption>' if _caption(pic) else ""
    return (f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="{pic.src}" data-component-name="Image2ToDOM">'
            f'<div class="image2-inset"><picture><source type="image/webp" srcset="{pic.src}?w=424 424w, {pic.src}?w=848 848w" sizes="100vw">'
            f'<img src="{pic.src}" width="1456" height="971" data-attrs="{{&quot;src&quot;:&quot;{pic.src}&quot;}}" class="sizing-normal"{_alt(pic)} srcset="{pic.src}?w=424 424w" sizes="100vw" loading="lazy"></picture>'
            f'<div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container restack-image"><svg role="img" width="20" height="20"></svg></button>'
            f'<button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container view-image"><svg width="20" height="20"></svg></button></div></div></div></a>{cap}</figure></div>')


def substack(story: Story = HOUSEPLANTS) -> str:
    host = "greenletter.substack.com"
    url = f"https://{host}/p/{story.slug}"
    body = story_html(story, Markup(
        para=lambda html: f"<p>{html}</p>",
        heading=lambda text: f'<h2 class="header-anchor-post">{text}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§{text[:8]}" class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" data-href="{url}#§x" class="pencraft pc-reset pencraft copy-anchor-link"><svg width="18" height="18"></svg></button></div></div></h2>',
        figure=_substack_figure))
    subscribe = f"""<div class="subscription-widget-wrap-editor" data-attrs="{{&quot;url&quot;:&quot;{url}/subscribe&quot;}}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Green Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>"""
    share_btn = f"""<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{url}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}}" data-component-name="ButtonCreateButton"><a class="button primary" href="{url}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>"""
    return f"""<!DOCTYPE html>
<html lang="en">{head(story, host)}
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><div class="navbar-title"><h1 class="navbar-title-link"><a href="/">Green Letter</a></h1></div>
<div class="navbar-buttons"><button tabindex="0" type="button" class="pencraft pc-reset button primary">Subscribe</button><button tabindex="0" type="button" class="pencraft pc-reset button">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{story.headline}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">{story.dek}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingBottom-16 pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-row pc-gap-8 pc-alignItems-center pc-reset"><div class="pencraft pc-display-flex pc-reset profile-hover-card-target"><a href="https://substack.com/@marialopez" class="pencraft pc-display-contents pc-reset"><div class="pencraft pc-display-flex pc-width-36 pc-height-36 pc-justifyContent-center pc-alignItems-center pc-position-relative pc-reset bg-secondary-UUD3_J flex-auto-j3S2WA animate-XFJxE4 outline-detail-vcQLyr pc-borderRadius-full overflow-hidden-WdpwT6 sizing-border-box-DggLA4 container-TAtrWj" style="--scale: 36px;"><picture><img src="https://substackcdn.com/image/fetch/w_72,h_72,c_fill/maria.jpg" sizes="36px" alt="Maria Lopez's avatar" width="36" height="36" class="img-OACg1c object-fit-cover-u4ReeV pencraft pc-reset"></picture></div></a></div></div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span data-state="closed"><a href="https://substack.com/@marialopez" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">Maria Lopez</a></span></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Jan 12, 2024</div></div></div></div>
<div class="post-ufi style-large-on-tablet"><div class="like-button-container post-ufi-button style-button"><button tabindex="0" type="button" class="pencraft pc-reset post-ufi-button"><svg width="20" height="20"></svg><div class="label">214</div></button></div>
<a role="button" href="{url}/comments" class="post-ufi-button style-button post-ufi-comment-button"><svg width="20" height="20"></svg><div class="label">31</div></a>
<a role="button" class="post-ufi-button style-button"><svg width="20" height="20"></svg><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">
{body}
{subscribe}
{share_btn}
</div></div>
<div class="visibility-check"></div>
<div class="post-footer"><div class="post-ufi"><div class="like-button-container post-ufi-button style-button"><button tabindex="0" type="button" class="pencraft pc-reset post-ufi-button"><svg width="20" height="20"></svg><div class="label">214</div></button></div><a role="button" href="{url}/comments" class="post-ufi-button style-button post-ufi-comment-button"><div class="label">31</div></a></div></div>
</article>
<div class="single-post-section"><div class="container"><div class="subscribe-footer"><p>Subscribe to Green Letter</p><p class="subscribe-footer-subtitle">Plants for people with no light and little time.</p><form class="form" action="/api/v1/free?nojs=true" method="post"><input type="email" name="email" placeholder="Type your email…"><button tabindex="0" type="submit" class="button primary">Subscribe</button></form></div></div></div>
<div id="discussion" class="comments-page"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-list"><div class="comment"><div class="comment-content"><div class="comment-meta"><a href="https://substack.com/@priya">Priya</a><a href="{url}/comment/555">Jan 13</a></div><div class="comment-body"><p>My peace lily drooped every Friday until I moved it off the radiator shelf. Thanks for the list, the parlour palm is next.</p></div></div></div></div></div>
<div class="post-footer-recommendations"><h4 class="pencraft pc-reset">Ready for more?</h4><div class="portable-archive-list"><div class="post-preview portable-archive-post has-image"><div class="post-preview-content"><a class="post-preview-title newsletter" href="https://{host}/p/winter-watering">Winter watering, simplified</a><div class="post-preview-description">Less is more, mostly.</div></div><a href="https://{host}/p/winter-watering"><img class="post-preview-image" src="https://substackcdn.com/image/fetch/w_150/watering.jpg" width="150" height="150"></a></div></div></div>
</div></div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-buttons"><a href="/privacy" class="footer-link">Privacy</a><a href="https://substack.com/tos" class="footer-link">Terms</a></div><div class="footer-slogan"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer">Start writing</a><a class="footer-substack-cta" href="https://substack.com/app"><img class="footer-substack-logo" src="https://substack.com/img/substack_wordmark.png" alt="Substack"></a></div></div></div>
</div></div></body></html>"""


# --- Ghost (Casper: gh-content, kg-card images, bookmark card, CTA, comments) ---------------

def _ghost_figure(pic: Pic) -> str:
    cap = f"<figcaption><span style=\"white-space: pre-wrap;\">{_caption(pic)}</span></figcaption>" if _caption(pic) else ""
    return (f'<figure class="kg-card kg-image-card kg-card-hascaption"><img src="{pic.src}" class="kg-image"{_alt(pic)} loading="lazy" width="2000" height="1333" '
            f'srcset="{pic.src}?w=600 600w, {pic.src}?w=1000 1000w" sizes="(min-width: 720px) 720px">{cap}</figure>')


def ghost(story: Story = BIKE_LANES) -> str:
    host = "ledger-local.ghost.io"
    url = f"https://{host}/{story.slug}/"
    body = story_html(story, Markup(heading=lambda text: f'<h2 id="{text.lower().replace(" ", "-")}">{text}</h2>', figure=_ghost_figure))
    bookmark = f"""<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://{host}/bike-survey-results/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">What 4,000 residents said about cycling in the city</div><div class="kg-bookmark-description">The survey's results, street by street.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://{host}/content/images/icon.png" alt=""><span class="kg-bookmark-author">Ledger Local</span><span class="kg-bookmark-publisher">Jane Doe</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://{host}/content/images/survey.jpg" alt="" onerror="this.style.display = 'none'"></div></a></figure>"""
    return f"""<!DOCTYPE html>
<html lang="en">{head(story, host)}
<body class="post-template tag-transport is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://{host}">Ledger Local</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20"></svg></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://{host}/">Home</a></li><li class="nav-transport"><a href="https://{host}/tag/transport/">Transport</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-transport featured">
<header class="article-header gh-canvas">
 <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/transport/">Transport</a></span></div>
 <h1 class="article-title">{story.headline}</h1>
 <p class="article-excerpt">{story.dek}</p>
 <div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/jane/" class="author-avatar"><img class="author-profile-image" src="https://{host}/content/images/jane.jpg" alt="Jane Doe"></a></li></ul>
 <div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Doe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-13">Mar 13, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span></div></div></section></div>
 <figure class="article-image"><img srcset="https://{host}/content/images/size/w300/council.jpg 300w, https://{host}/content/images/size/w2000/council.jpg 2000w" sizes="(min-width: 1400px) 1400px, 92vw" src="https://{host}/content/images/size/w2000/council.jpg" alt="The council chamber during the vote"></figure>
</header>
<section class="gh-content gh-canvas">
{body}
{bookmark}
<div class="kg-card kg-cta-card kg-cta-bg-grey kg-cta-minimal" data-layout="minimal"><div class="kg-cta-content"><div class="kg-cta-content-inner"><div class="kg-cta-text"><p><span style="white-space: pre-wrap;">Get local news in your inbox every morning.</span></p></div><a href="#/portal/signup" class="kg-cta-button kg-style-accent" style="color: #FFFFFF;">Sign up free</a></div></div></div>
</section>
<section class="article-comments gh-canvas"><div class="gh-comments"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.17/umd/comments-ui.min.js" data-ghost-comments="https://{host}/" data-api="https://{host}/ghost/api/content/" data-key="abc" data-title="" data-count="true" data-post-id="65f1" crossorigin="anonymous"></script></div></section>
</article>
</main></div>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/parking-surcharge/"><img class="post-card-image" srcset="https://{host}/content/images/size/w300/parking.jpg 300w" src="https://{host}/content/images/size/w600/parking.jpg" alt="Parking meters downtown" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/parking-surcharge/"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">Transport</span></div><h2 class="post-card-title">Parking surcharge raised $4 million last year</h2></header><div class="post-card-excerpt">Where the money went, and what is left.</div></a></div></article></div></aside>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://{host}">Ledger Local</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="https://{host}/privacy/">Privacy</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div></body></html>"""


# --- Drupal (Olivero / a news distribution: node--type-article, field--name-body) ------------

def _drupal_figure(pic: Pic) -> str:
    cap = f"<figcaption>{_caption(pic)}</figcaption>" if _caption(pic) else ""
    return (f'<div class="paragraph paragraph--type--image paragraph--view-mode--default"><div class="field field--name-field-image field--type-image field--label-hidden field__item">'
            f'<figure role="group" class="caption caption-img"><img loading="lazy" src="{pic.src}" width="1200" height="800"{_alt(pic)} typeof="foaf:Image" class="image-style-large">{cap}</figure></div></div>')


def drupal(story: Story = BIKE_LANES) -> str:
    host = "www.cityledger.example"
    body = story_html(story, Markup(figure=_drupal_figure))
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/">{head(story, host)}
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__inner">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/themes/custom/ledger/logo.svg" alt="Home" fetchpriority="high"></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Home" rel="home">The City Ledger</a></div></div></div></div>
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2><ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/news" class="primary-nav__menu-link">News</a></li><li class="primary-nav__menu-item"><a href="/politics" class="primary-nav__menu-link">Politics</a></li></ul></nav>
</div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">
<div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Home</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">News</a></li></ol></nav></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div data-drupal-messages-fallback class="hidden messages-list"></div>
<div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{story.headline}</span></h1></div>
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="4821" class="node node--type-article node--promoted node--view-mode-full">
<header class="node__header"><div class="node__meta"><article typeof="schema:Person" about="/user/12" class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item"><a href="/user/12" hreflang="en"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/jane.jpg" width="100" height="100" alt="Profile picture for user jdoe" class="image-style-thumbnail"></a></div></article>
<span class="node__author"><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>Jane Doe</span></span></span> <span class="node__pubdate"><span class="field field--name-created field--type-created field--label-hidden"><time datetime="2024-03-13T04:12:00Z" class="datetime">Wed, 03/13/2024 - 04:12</time></span></span></div></header>
<div class="node__content">
<div class="text-content clearfix field field--name-field-summary field--type-string-long field--label-hidden field__item">{story.dek}</div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><h3 class="field__label">Tags</h3><ul class="links field__items"><li><a href="/taxonomy/term/7" hreflang="en">Transportation</a></li><li><a href="/taxonomy/term/9" hreflang="en">City Council</a></li></ul></div>
<div class="social-media-sharing"><ul class=""><li><a target="_blank" class="facebook-share share" href="https://www.facebook.com/share.php?u=https://{host}/news/bike-lanes&amp;title=Bike%20lanes" title="Facebook"><img alt="Facebook" src="/modules/contrib/social_media/icons/facebook_share.svg"></a></li><li><a target="_blank" class="twitter share" href="https://twitter.com/intent/tweet?url=https://{host}/news/bike-lanes" title="Twitter"><img alt="Twitter" src="/modules/contrib/social_media/icons/twitter.svg"></a></li><li><a class="email share" href="mailto:?subject=Bike%20lanes&amp;body=https://{host}/news/bike-lanes" title="Email"><img alt="Email" src="/modules/contrib/social_media/icons/email.svg"></a></li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">Comments</h2><div class="comment-form-wrapper"><h2 class="add-comment__heading">Add new comment</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/4821/comment" method="post" id="comment-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-subject-0-value" class="form-item__label">Subject</label><input type="text" id="edit-subject-0-value" class="form-text form-element"></div><div class="form-actions"><input type="submit" id="edit-submit" value="Save" class="button button--primary form-submit"></div></form></div></section>
</div></article></div></div></div>
<div class="region region--sidebar"><div class="views-element-container block block-views block-views-blockcontent-recent-block-1" id="block-olivero-views-block-content-recent-block-1"><h2 class="block__title">Recent content</h2><div class="block__content"><div class="view view-content-recent view-id-content_recent"><div class="view-content"><div class="item-list"><ul><li><div class="views-field views-field-title"><span class="field-content"><a href="/news/parking-surcharge" hreflang="en">Parking surcharge raised $4 million last year</a></span></div></li><li><div class="views-field views-field-title"><span class="field-content"><a href="/news/library-hours" hreflang="en">Library extends weekend hours</a></span></div></li></ul></div></div></div></div></div></div>
</div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div></body></html>"""


# --- Squarespace (7.1 blog item: sqs-block html-block / image-block, blog-item-author-profile) ---

def _sqs_figure(pic: Pic) -> str:
    cap = f'<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="">{_caption(pic)}</p></div></figcaption>' if _caption(pic) else ""
    return (f'</div></div><div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-yui_3_17_2_1_{len(pic.src)}"><div class="sqs-block-content">'
            f'<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none" data-test="image-block-inline-outer-wrapper">'
            f'<figure class="sqs-block-image-figure intrinsic" style="max-width:2500px;"><div class="image-block-wrapper" data-animation-role="image"><div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.6%;overflow: hidden;-webkit-mask-image: -webkit-radial-gradient(white, black);">'
            f'<noscript><img src="{pic.src}"{_alt(pic)}></noscript><img class="thumb-image" data-src="{pic.src}" data-image="{pic.src}" data-image-dimensions="2500x1667" data-image-focal-point="0.5,0.5"{_alt(pic)} data-load="false" data-image-id="63c0" data-type="image"></div></div>{cap}</figure></div></div></div>'
            f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_{len(pic.src)}b"><div class="sqs-block-content"><div class="sqs-html-content">')


def squarespace(story: Story = HOUSEPLANTS) -> str:
    host = "www.leafandlamp.example"
    body = story_html(story, Markup(
        para=lambda html: f'<p class="" style="white-space:pre-wrap;">{html}</p>',
        heading=lambda text: f'<h2 style="white-space:pre-wrap;">{text}</h2>',
        figure=_sqs_figure))
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-US">{head(story, host)}
<body id="item-63c0a1" class="header-layout--with-commerce blog-item-author-profile-enabled tweak-blog-item-width-medium view-item collection-type-blog-basic collection-layout-default mobile-style-available sqs-seven-one">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce">
<div class="header-display-desktop" data-content-field="site-title"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-logo"><a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop" src="https://images.squarespace-cdn.com/content/v1/abc/logo.png?format=1500w" alt="Leaf &amp; Lamp" style="display:block" fetchpriority="high" loading="eager"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/blog" aria-current="page">Blog</a></div><div class="header-nav-item header-nav-item--collection"><a href="/shop">Shop</a></div></nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart"><a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><svg class="icon icon--cart" width="61" height="49"></svg><div class="legacy-cart icon-cart-quantity"><span class="sqs-cart-quantity">0</span></div></span></a></div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="63c0">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle" data-section-theme=""><div class="content-wrapper"><div class="content"><div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoad">
<article class="entry h-entry hentry author-maria-lopez post-type-text article-index-null tag-low-light category-houseplants" data-item-id="63c0a1" id="article-63c0a1">
<div class="blog-item-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><span class="blog-date"><time class="dt-published date-highlight" datetime="2023-01-12" pubdate data-animation-role="date">January 12, 2023</time></span></span><span class="blog-meta-secondary"><span class="blog-author">Maria Lopez</span></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title" style="text-align: center">{story.headline}</h1></div></div>
<div class="blog-item-content-wrapper" data-layout-label="Post Body" data-type="item" data-updated-on="1673512345678" id="item-63c0a1"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body" data-type="item" id="item-63c0a1"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-1"><div class="sqs-block-content"><div class="sqs-html-content">
{body}
</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51" id="block-nl"><div class="sqs-block-content"><div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter"><form class="newsletter-form" data-form-id="63c0" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{(new Y.Squarespace.FormSubmit(form)).submit({{formId: '63c0', collectionId: '63b', objectName: 'block-nl'}}); }}); return false;}}(this));"><header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Join the Leaf &amp; Lamp list</h2><div class="newsletter-form-header-description"><p>One email a month: what's growing, what's on sale.</p></div></header><div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required" id="email-yui"><label class="newsletter-form-field-label title" for="email-yui-field">Email Address</label><input id="email-yui-field" class="newsletter-form-field-element field-element" name="email" type="email" placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper"><button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary" type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div><div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></form></div></div></div>
</div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a class="author-avatar" href="/blog?author=5f1"><div class="author-avatar-image" style="background-image: url('https://images.squarespace-cdn.com/content/v1/abc/maria.jpg?format=300w');background-size: cover;"></div></a><div class="author-info"><div class="author-name">Maria Lopez</div><div class="author-bio"><p>Maria runs Leaf &amp; Lamp, a plant shop for people with bad light.</p></div><a class="author-website" href="https://www.leafandlamp.example">www.leafandlamp.example</a></div></div>
<div class="blog-item-comments"><div class="squarespace-comments" id="comments-63c0a1"></div></div>
</div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic" data-item-pagination-layout="adjacent"><a class="item-pagination-link item-pagination-link--prev" href="/blog/winter-watering"><div class="item-pagination-icon icon icon--stroke"><svg class="caret-left-icon--small" viewBox="0 0 9 16"></svg></div><div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Winter watering, simplified</h2></div></a><a class="item-pagination-link item-pagination-link--next" href="/blog/repot-a-fiddle-leaf-fig"><div class="pagination-title-wrapper"><div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">How to repot a fiddle leaf fig</h2></div><div class="item-pagination-icon icon icon--stroke"><svg class="caret-right-icon--small" viewBox="0 0 9 16"></svg></div></a></section>
</article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><p class="" style="white-space:pre-wrap;">Leaf &amp; Lamp, 12 Mill Road, Leeds</p></div></div></div><div class="sqs-block socialaccountlinks-v2-block sqs-block-socialaccountlinks-v2"><div class="sqs-block-content"><div class="sqs-svg-icon--outer social-icon-alignment-center social-icons-color-black"><nav class="sqs-svg-icon--list"><a href="https://www.instagram.com/leafandlamp" target="_blank" class="sqs-svg-icon--wrapper instagram-unauth" aria-label="Instagram"><div><svg class="sqs-svg-icon--social" viewBox="0 0 64 64"></svg></div></a></nav></div></div></div></div></section></footer>
</div></body></html>"""


# --- Wix blog (ricos viewer: data-hook attributes, hashed classes, wow-image) -------------------

def _wix_figure(pic: Pic) -> str:
    cap = f'<figcaption class="cEFIR" data-hook="imageViewerCaption"><span dir="auto" class="Ho6VT">{_caption(pic)}</span></figcaption>' if _caption(pic) else ""
    return (f'<div type="first" class="mm8Nw _1j-51 roG5H _1FoOD" data-breakout="normal" data-hook="rcv-block-image"><div id="viewer-a{len(pic.src)}" class="_3CWa- _2_l4r" data-hook="imageViewer" role="button" tabindex="0">'
            f'<figure class="_2dgFj"><div class="ThdDR" data-hook="image-viewer"><wow-image id="img_comp-{len(pic.src)}" class="HlRz5e BI8PVQ" data-image-info="{{}}" data-has-ssr-src="true">'
            f'<img src="{pic.src}/v1/fill/w_740,h_493,al_c,q_80/{_name(pic.src)}"{_alt(pic)} style="width:740px;height:493px;object-fit:cover" width="740" height="493" fetchpriority="high"></wow-image></div>'
            f'<div class="_2Q0NF" data-hook="image-expand-button"><button aria-label="Expand image" class="_3ggLs"><svg width="16" height="16"></svg></button></div></figure>{cap}</div></div>')


def wix(story: Story = HIKES) -> str:
    host = "www.frontrangewalks.example"
    n = iter(range(100))
    body = story_html(story, Markup(
        para=lambda html: f'<p dir="auto" class="mm8Nw _1j-51 roG5H _1FoOD" id="viewer-p{next(n)}"><span class="_2PHJq public-DraftStyleDefault-ltr">{html}</span></p>',
        heading=lambda text: f'<h2 dir="auto" class="mm8Nw _1j-51 roG5H" id="viewer-h{next(n)}"><span class="_2PHJq">{text}</span></h2>',
        figure=_wix_figure,
        ol=('<ol class="_3XcaI gUwcb" data-hook="rcv-block-ordered-list">', "</ol>"),
        li=lambda title, html: f'<li aria-level="1" dir="auto" class="_1kqjS"><p dir="auto" class="mm8Nw _1j-51 roG5H _1FoOD" id="viewer-li{next(n)}"><span style="font-weight:700">{title}</span> – {html}</p></li>'))
    return f"""<!DOCTYPE html>
<html lang="en">{head(story, host)}
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-logo" class="Vd6aQZ ignore-focus comp-logo wixui-image" title="Front Range Walks"><a href="https://{host}" target="_self" class="j7pOnl"><wow-image id="img_comp-logo" class="HlRz5e BI8PVQ"><img src="https://static.wixstatic.com/media/logo.png/v1/fill/w_120,h_40/logo.png" alt="Front Range Walks" style="width:120px;height:40px"></wow-image></a></div>
<wix-dropdown-menu id="comp-menu" class="XRwtpn comp-menu wixui-dropdown-menu" tabindex="-1" dir="ltr"><nav class="StylableHorizontalMenu" aria-label="Site"><ul class="ITHcq8" role="menubar"><li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://{host}" class="UiHgGh"><p class="JS76Uv">Home</p></a></li><li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="https://{host}/blog" class="UiHgGh"><p class="JS76Uv">Blog</p></a></li></ul></nav></wix-dropdown-menu></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="JsJXaX"><div id="TPASection_blog" class="TPASection_blog"><div data-hook="post-page"><div class="blog-post-page-font">
<article class="blog-post-page-font _2rBpa" data-hook="post">
<div class="_3D6h5 blog-header-background-color"><div class="_3q4O2" data-hook="post-header"><div class="_3D0Dv"><div data-hook="user-name" class="_3EJb0"><div class="avatar blog-post-text-color" data-hook="avatar"><span class="_1yEd2"><div class="_2UKF2 BOlnTh" data-hook="avatar-image"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/sam.jpg/v1/fill/w_32,h_32/sam.jpg" alt="Writer's picture" style="width:32px;height:32px;object-fit:cover"></wow-image></div></span><span class="_2XsD- tQ0Q1A" data-hook="user-name"><span class="EHc8P">Sam Lee</span></span></div></div>
<ul class="_18G9T"><li><span class="post-metadata__date time-ago" data-hook="time-ago">May 2, 2024</span></li><li><span data-hook="time-to-read">3 min read</span></li></ul></div>
<div class="_1bu1c" data-hook="more-button"><button type="button" class="_2nMq2" aria-label="More actions" aria-haspopup="true"><svg width="24" height="24"></svg></button></div></div></div>
<div class="_2lGMo"><div class="_3sWW0"><h1 class="H3vOVf post-title blog-post-title-font blog-post-title-color" data-hook="post-title"><span class="post-title__text blog-post-title-font"><span class="">{story.headline}</span></span></h1></div>
<div class="post-content__body" data-hook="post-description"><div class="moHCnT"><div data-rce-version="9.12.0" class="kUSQu"><div class="_1hN1O" dir="ltr" data-id="content-viewer"><div class="rich-content-viewer" data-hook="rich-content-viewer">
{body}
</div></div></div></div></div></div>
<div class="_25Nx4"><div class="_1Y4_F"><div class="_2Ts8H" data-hook="post-main-actions__social"><div class="_1IBgK" data-hook="share-buttons"><button class="_2y3x9 share-button" type="button" aria-label="Share via Facebook" data-hook="share-button__facebook"><svg width="19" height="19"></svg></button><button class="_2y3x9 share-button" type="button" aria-label="Share via X" data-hook="share-button__twitter"><svg width="19" height="19"></svg></button><a class="_2y3x9 share-button" href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https://{host}/post/{story.slug}" aria-label="Share via LinkedIn" data-hook="share-button__linked-in"><svg width="19" height="19"></svg></a><button class="_2y3x9 share-button" type="button" aria-label="Share via link" data-hook="share-button__link"><svg width="19" height="19"></svg></button></div></div></div>
<div class="_3gJwK" data-hook="post-main-actions__stats"><div class="_1SqlF"><span data-hook="view-count"><span class="VmZwZ"><span class="_2dJBe">86</span> views</span></span><a href="https://{host}/post/{story.slug}#comments" data-hook="comment-count"><span class="_2dJBe">2</span> comments</a></div><div class="_3lkLs"><button type="button" data-hook="like-button" aria-label="Post not marked as liked" class="_1ArNG"><span class="_2jRuP">12</span><svg width="19" height="19"></svg></button></div></div></div>
</article>
<section class="_1xMqT" data-hook="recent-posts"><div class="_3F8VJ" data-hook="recent-posts-header"><h2 class="_1IGN4">Recent Posts</h2><a href="https://{host}/blog" data-hook="recent-posts-see-all">See All</a></div>
<div class="_2mF34" data-hook="recent-posts-list"><div class="_3VRNQ" data-hook="post-list-item"><a href="https://{host}/post/rocky-mountain-np-in-a-day"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/rmnp.jpg/v1/fill/w_292,h_219/rmnp.jpg" alt="Rocky Mountain National Park in a day" style="width:292px"></wow-image></a><div class="_1p_mN"><a href="https://{host}/post/rocky-mountain-np-in-a-day" data-hook="post-title"><h3 class="_3Ol9s">Rocky Mountain National Park in a day</h3></a></div></div>
<div class="_3VRNQ" data-hook="post-list-item"><a href="https://{host}/post/best-trail-shoes"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/shoes.jpg/v1/fill/w_292,h_219/shoes.jpg" alt="" style="width:292px"></wow-image></a><div class="_1p_mN"><a href="https://{host}/post/best-trail-shoes" data-hook="post-title"><h3 class="_3Ol9s">The best trail shoes under $100</h3></a></div></div>
<div class="_3VRNQ" data-hook="post-list-item"><a href="https://{host}/post/what-to-pack"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/pack.jpg/v1/fill/w_292,h_219/pack.jpg" alt="" style="width:292px"></wow-image></a><div class="_1p_mN"><a href="https://{host}/post/what-to-pack" data-hook="post-title"><h3 class="_3Ol9s">What to pack for a day hike</h3></a></div></div></div></section>
<div data-hook="comments-container" class="_3ETAw"><div class="comments-widget"><h2 class="_1pTax">Comments</h2><div data-hook="comment-box-placeholder"><button type="button" class="_3v1G6">Write a comment...</button></div></div></div>
</div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-ft" class="comp-ft wixui-rich-text" data-testid="richTextElement"><p class="font_9" style="text-align:center"><span>© 2024 by Front Range Walks. Proudly created with <a href="https://www.wix.com" target="_blank">Wix.com</a></span></p></div>
<div id="comp-social" class="comp-social wixui-social-bar"><ul class="VB6t8n" aria-label="Social Bar"><li id="dataItem-1" class="wixui-social-bar__link"><a data-testid="linkElement" href="https://www.instagram.com/frontrangewalks" target="_blank" class="UiHgGh"><wow-image class="HlRz5e"><img src="https://static.wixstatic.com/media/instagram.png/v1/fill/w_39,h_39/instagram.png" alt="Instagram" style="width:39px"></wow-image></a></li></ul></div></div></footer>
</div></div></div></div></body></html>"""


# --- Tumblr (a custom theme: post type-text, npf_row images, notes, reblog controls) -------------

def _tumblr_figure(pic: Pic) -> str:
    return (f'<div class="npf_row"><figure class="tmblr-full" data-orig-height="1333" data-orig-width="2000" data-orig-src="{pic.src}">'
            f'<img src="{pic.src}" data-orig-height="1333" data-orig-width="2000"{_alt(pic)} srcset="{pic.src} 2000w, {pic.src} 500w" sizes="(max-width: 540px) 100vw, 540px"></figure></div>'
            + (f"<p><small>{_caption(pic)}</small></p>" if _caption(pic) else ""))


def tumblr(story: Story = BAKERY) -> str:
    host = "crumbandcrust.tumblr.com"
    url = f"https://{host}/post/741234567890/{story.slug}"
    body = story_html(story, Markup(heading=lambda text: f"<h2>{text}</h2>", figure=_tumblr_figure))
    return f"""<!DOCTYPE html>
<html lang="en">{head(story, host)}
<body>
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-loggedin-controls iframe-controls--desktop" title="Tumblr" src="https://www.tumblr.com/dashboard/iframe?tumblelogName=crumbandcrust"></iframe>
<div id="wrapper"><div id="sidebar"><a href="/" class="avatar-link"><img src="https://64.media.tumblr.com/avatar_abc_128.pnj" class="avatar" alt="Avatar"></a><h1 class="blog-title"><a href="/">Crumb and Crust</a></h1><div class="description">Notes from a small bakery.</div>
<ul class="links"><li><a href="/archive">Archive</a></li><li><a href="/ask">Ask me anything</a></li><li><a href="/rss">RSS</a></li></ul></div>
<div id="content"><div id="posts">
<div class="post type-text" id="post-741234567890">
<div class="post-content"><div class="post-title"><h2><a href="{url}">{story.headline}</a></h2></div>
<div class="body-text">
{body}
</div></div>
<div class="post-meta"><div class="date"><a href="{url}">Feb 6th, 2024</a></div><div class="notes-count"><a href="{url}#notes">42 notes</a></div>
<div class="tags"><a href="https://{host}/tagged/baking">#baking</a> <a href="https://{host}/tagged/small%20business">#small business</a></div>
<div class="post-controls"><a href="https://www.tumblr.com/reblog/741234567890/abc?redirect_to=%2Fpost%2F741234567890" class="reblog" title="Reblog"><svg width="18" height="18"></svg></a><div class="like_button" data-post-id="741234567890" id="like_button_741234567890"><iframe id="like_iframe_741234567890" src="https://assets.tumblr.com/assets/html/like_iframe.html?_v=123#name=crumbandcrust&amp;post_id=741234567890" scrolling="no" width="20" height="20" frameborder="0" class="like_toggle" allowtransparency="true" name="like_iframe_741234567890"></iframe></div></div></div>
<div class="notes"><ol class="notes"><li class="note like tumblelog_sourdoughsam without_commentary"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://sourdoughsam.tumblr.com/" title="Sam's bread"><img src="https://64.media.tumblr.com/avatar_def_16.pnj" class="avatar" alt=""></a><span class="action"><a rel="nofollow" href="https://sourdoughsam.tumblr.com/" class="tumblelog" title="Sam's bread">sourdoughsam</a> liked this</span><div class="clear"></div></li>
<li class="note reblog tumblelog_ryefan with_commentary"><a rel="nofollow" class="avatar_frame" target="_blank" href="https://ryefan.tumblr.com/" title="Rye Fan"><img src="https://64.media.tumblr.com/avatar_ghi_16.pnj" class="avatar" alt=""></a><span class="action"><a rel="nofollow" href="https://ryefan.tumblr.com/" class="tumblelog" title="Rye Fan">ryefan</a> reblogged this from <a rel="nofollow" href="https://crumbandcrust.tumblr.com/" class="source_tumblelog" title="Crumb and Crust">crumbandcrust</a> and added:</span><div class="clear"></div><blockquote><a href="https://ryefan.tumblr.com/post/7412" title="View comment">this is the best thing I have read about running a shop</a></blockquote></li></ol></div>
</div>
<div id="pagination"><a href="/post/741200000000/new-oven" class="previous">Previous post</a><a href="/post/741100000000/january-rye" class="next">Next post</a></div>
</div></div></div>
</body></html>"""


# --- AMP article (amp-img, amp-social-share, amp-ad, amp-sidebar) --------------------------------

def _amp_figure(pic: Pic) -> str:
    cap = f"<figcaption>{pic.caption} <span class=\"credit\">{pic.credit}</span></figcaption>" if _caption(pic) else ""
    return f'<figure class="article-image"><amp-img src="{pic.src}" width="1200" height="800" layout="responsive"{_alt(pic)}></amp-img>{cap}</figure>'


def amp(story: Story = BIKE_LANES) -> str:
    host = "www.dailyledger.example"
    url = f"https://{host}/news/{story.slug}"
    body = story_html(story, Markup(figure=_amp_figure))
    paras = body.split("</p>\n", 3)
    ad = ('<div class="ad-container"><amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/ledger/news/article_inline" '
          'data-multi-size="320x50" json=\'{"targeting":{"section":"news"}}\'><amp-img placeholder src="https://ads.example.com/placeholder-300x250.png" layout="fill"></amp-img>'
          '<div fallback><a href="https://www.dailyledger.example/subscribe/"><amp-img src="https://ads.example.com/house-ad-subscribe.png" width="300" height="250"></amp-img></a></div></amp-ad>'
          '<span class="ad-label">Advertisement</span></div>')
    body = "</p>\n".join(paras[:3]) + "</p>\n" + ad + "\n" + paras[3] if len(paras) == 4 else body
    return f"""<!doctype html>
<html amp lang="en">{head(story, host, '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style>')}
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-1"}}}}</script></amp-analytics>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><button on="tap:sidebar.close" class="close">✕</button><ul class="sidebar-menu"><li><a href="https://{host}/news">News</a></li><li><a href="https://{host}/sports">Sports</a></li><li><a href="https://{host}/opinion">Opinion</a></li></ul></amp-sidebar>
<header class="site-header"><button on="tap:sidebar.toggle" class="hamburger" aria-label="Open menu">☰</button><a href="https://{host}/" class="logo"><amp-img src="https://{host}/static/logo.png" width="180" height="30" alt="The Daily Ledger"></amp-img></a></header>
<main id="content" role="main">
<article class="amp-article">
<header class="article-header"><div class="section-label"><a href="https://{host}/news/local">Local</a></div><h1 class="headline">{story.headline}</h1><p class="dek">{story.dek}</p>
<div class="article-meta"><span class="byline">By <a href="https://{host}/staff/jane-doe">Jane Doe</a></span> <time datetime="2024-03-13T06:00:00-05:00">March 13, 2024</time></div>
<div class="social-share"><amp-social-share type="facebook" data-param-app_id="1234" width="32" height="32" aria-label="Share on Facebook"></amp-social-share><amp-social-share type="twitter" width="32" height="32" aria-label="Share on Twitter"></amp-social-share><amp-social-share type="email" width="32" height="32" aria-label="Share by email"></amp-social-share></div></header>
<div class="article-body">
{body}
</div>
<amp-embed width="100" height="100" type="taboola" layout="responsive" heights="(min-width:1907px) 39%, (min-width:1200px) 46%, 100%" data-publisher="dailyledger" data-mode="thumbnails-a" data-placement="Below Article Thumbnails AMP" data-article="auto"><a placeholder href="https://trc.taboola.com/dailyledger/log/3/click"><amp-img src="https://cdn.taboola.com/libtrc/static/thumbnails/placeholder.jpg" width="300" height="200" layout="responsive"></amp-img></a></amp-embed>
<footer class="article-footer"><a class="full-site" href="{url}">View the full site</a></footer>
</article>
<amp-sticky-ad layout="nodisplay"><amp-ad width="320" height="50" type="doubleclick" data-slot="/1234/ledger/news/sticky"><amp-img fallback src="https://ads.example.com/sticky-320x50.png" width="320" height="50"></amp-img></amp-ad></amp-sticky-ad>
<amp-user-notification layout="nodisplay" id="cookie-notice" data-dismiss-href="https://{host}/api/dismiss"><a href="https://{host}/privacy/"><amp-img src="https://{host}/static/info.png" width="16" height="16"></amp-img></a> This site uses cookies. <button on="tap:cookie-notice.dismiss">OK</button></amp-user-notification>
<amp-ad width="320" height="100" type="doubleclick" data-slot="/1234/ledger/news/article_bottom" layout="fixed"></amp-ad>
<section class="recommended"><h2>More local news</h2><ul><li><a href="https://{host}/news/parking-surcharge"><amp-img src="https://{host}/img/parking-thumb.jpg" width="120" height="80" alt=""></amp-img><span>Parking surcharge raised $4 million last year</span></a></li><li><a href="https://{host}/news/library-hours"><amp-img src="https://{host}/img/library-thumb.jpg" width="120" height="80" alt=""></amp-img><span>Library extends weekend hours</span></a></li></ul></section>
</main>
<footer class="site-footer"><p>&copy; 2024 The Daily Ledger</p></footer>
</body></html>"""


# --- A news CMS (Arc-like): paywall and newsletter boxes, a most-read rail, a teaser card,
# an inline ad slot and a video embed inside the story -------------------------------------------

def _news_figure(pic: Pic) -> str:
    return (f'<figure class="c-media-item"><div class="c-media-item__container"><picture><source srcset="{pic.src}?w=800 800w" media="(min-width: 768px)">'
            f'<a href="javascript:void(0)" class="c-media-item__expand" data-gallery-open="1"><img class="c-media-item__image" src="{pic.src}?w=400"{_alt(pic)} loading="lazy" width="800" height="533"></a></picture></div>'
            f'<figcaption class="c-media-item__caption"><span class="c-media-item__caption-text">{pic.caption}</span> '
            f'<span class="c-media-item__credit">(Photo: {pic.credit})</span></figcaption></figure>')


def news_cms(story: Story = BIKE_LANES) -> str:
    host = "www.dailyledger.example"
    body = story_html(story, Markup(para=lambda html: f'<p class="c-paragraph" data-type="text">{html}</p>',
                                    heading=lambda text: f'<h2 class="c-heading" data-type="header">{text}</h2>',
                                    figure=_news_figure))
    teaser = f"""<div class="c-story-card c-story-card--inline" data-type="interstitial_link"><span class="c-story-card__label">Read more</span><a class="c-story-card__link" href="https://{host}/news/2024/02/bike-deaths-rise/"><div class="c-story-card__image"><img src="https://media.example.com/2024/02/memorial-ride.jpg?w=200" alt="" width="200" height="133"></div><h3 class="c-story-card__headline">Cyclist deaths rose for the third year running</h3></a></div>"""
    ad = """<div class="c-ad c-ad--inline" data-ad-slot="article-inline-1" data-ad-unit="/2345/ledger/news"><div class="c-ad__label">Advertisement</div><div id="div-gpt-ad-inline-1" class="c-ad__slot" style="min-height:250px"></div></div>"""
    video = f"""<div class="c-video-embed" data-type="video"><div class="c-video-embed__player" data-video-id="v-88231"><div class="c-video-embed__poster"><img src="https://media.example.com/video/88231/poster.jpg" width="640" height="360"><button class="c-video-embed__play" aria-label="Play video"></button></div></div><p class="c-video-embed__title">Watch: Residents speak at Tuesday's council meeting (2:41)</p></div>"""
    newsletter = f"""<div class="c-newsletter-signup" data-type="newsletter"><h3 class="c-newsletter-signup__title">Get the Morning Ledger</h3><p class="c-newsletter-signup__text">The day's top local stories, in your inbox by 6 a.m.</p><form action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email"><button type="submit">Sign up</button></form><p class="c-newsletter-signup__legal">By signing up you agree to our <a href="https://{host}/terms/">terms</a> and <a href="https://{host}/privacy/">privacy policy</a>.</p></div>"""
    parts = body.split("\n")
    # A teaser with no label: a linked thumbnail (no alt) and a linked title of another story.
    card = f"""<div class="c-inline-card"><a class="c-inline-card__image" href="https://{host}/business/2024/03/mill-closing/"><img src="https://media.example.com/2024/03/mill.jpg?w=160" width="160" height="107"></a><h4 class="c-inline-card__title"><a href="https://{host}/business/2024/03/mill-closing/">Paper mill to close after 112 years</a></h4></div>"""
    body = "\n".join(parts[:3] + [ad] + parts[3:6] + [video, teaser] + parts[6:8] + [card] + parts[8:9] + [newsletter] + parts[9:])
    paywall = f"""<div class="c-paywall" id="paywall-meter" data-paywall="meter"><div class="c-paywall__inner"><h2 class="c-paywall__title">You have 2 free articles left this month</h2><p class="c-paywall__text">Subscribe for unlimited access to local news for $1 a week.</p><a class="c-button c-button--primary" href="https://{host}/subscribe/?offer=meter">Subscribe now</a> <a class="c-paywall__login" href="https://{host}/login/">Already a subscriber? Log in</a></div></div>"""
    return f"""<!DOCTYPE html>
<html lang="en">{head(story, host, '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"' + story.headline + '","datePublished":"2024-03-13T06:00:00-05:00","author":{"@type":"Person","name":"Jane Doe"},"image":["https://media.example.com/2024/03/bike-lane-main-st.jpg"]}</script>')}
<body class="article-page">
<div class="c-alert-banner" role="region" aria-label="Breaking news"><a href="https://{host}/news/storm-warning">Storm warning issued for the county tonight</a></div>
<header class="c-site-header"><a class="c-site-header__logo" href="https://{host}/"><img src="https://{host}/static/ledger-logo.svg" alt="The Daily Ledger"></a><nav class="c-site-nav" aria-label="Sections"><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/business">Business</a></li></ul></nav><a class="c-site-header__subscribe" href="https://{host}/subscribe/">Subscribe</a></header>
<div class="c-ad c-ad--leaderboard" data-ad-slot="leaderboard"><div id="div-gpt-ad-top" style="min-height:90px"></div></div>
<main class="l-article">
<div class="l-article__main">
<article class="c-article" itemscope itemtype="https://schema.org/NewsArticle">
<header class="c-article__header"><a class="c-article__section" href="https://{host}/news/local/">Local News</a>
<h1 class="c-article__headline" itemprop="headline">{story.headline}</h1><h2 class="c-article__dek" itemprop="description">{story.dek}</h2>
<div class="c-article__byline"><img class="c-byline__avatar" src="https://{host}/authors/jane-doe.jpg" alt="" width="40" height="40"><span class="c-byline__name">By <a href="https://{host}/staff/jane-doe/" rel="author">Jane Doe</a></span><span class="c-byline__twitter"><a href="https://twitter.com/janedoe_ledger"><svg width="14" height="14"></svg></a></span><time class="c-article__date" datetime="2024-03-13T06:00:00-05:00">March 13, 2024 at 6:00 a.m.</time></div>
<div class="c-share-tools"><a class="c-share-tools__facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2F{host}%2Fnews%2Fbike-lanes" aria-label="Share on Facebook"><svg width="20" height="20"></svg></a><a class="c-share-tools__twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2F{host}%2Fnews%2Fbike-lanes" aria-label="Share on X"><svg width="20" height="20"></svg></a><a class="c-share-tools__email" href="mailto:?subject=Bike%20lanes&amp;body=https%3A%2F%2F{host}%2Fnews%2Fbike-lanes" aria-label="Email this story"><svg width="20" height="20"></svg></a><a class="c-share-tools__comments" href="#comments"><svg width="20" height="20"></svg><span>48</span></a></div>
</header>
<div class="c-article__body" itemprop="articleBody">
{body}
{paywall}
</div>
<div class="c-partner-box"><span class="c-partner-box__label">Presented by</span> <a href="https://www.cityhospital.example/?utm_source=ledger"><img src="https://media.example.com/partners/city-hospital.png" width="120" height="40"></a></div>
<div class="c-article__tags"><span>Topics:</span> <a href="https://{host}/topic/transportation/">Transportation</a> <a href="https://{host}/topic/city-council/">City Council</a></div>
<div class="c-author-bio"><img src="https://{host}/authors/jane-doe.jpg" alt="Jane Doe" width="80" height="80"><div><p class="c-author-bio__name"><a href="https://{host}/staff/jane-doe/">Jane Doe</a></p><p class="c-author-bio__text">Jane Doe covers city hall and transportation for The Daily Ledger. Reach her at jdoe@dailyledger.example.</p></div></div>
</article>
<section id="comments" class="c-comments"><h2>Comments (48)</h2><div class="c-comments__embed" data-comments-provider="coral"></div></section>
</div>
<aside class="l-article__rail"><div class="c-ad c-ad--rail" data-ad-slot="rail-1"><div id="div-gpt-ad-rail-1" style="min-height:600px"></div></div>
<section class="c-most-read"><h2 class="c-most-read__title">Most Read</h2><ol class="c-most-read__list"><li><a href="https://{host}/news/storm-warning"><span class="c-most-read__rank">1</span>Storm warning issued for the county tonight</a></li><li><a href="https://{host}/sports/high-school-final"><span class="c-most-read__rank">2</span>Central High wins its first state title in 30 years</a></li><li><a href="https://{host}/business/mill-closing"><span class="c-most-read__rank">3</span>Paper mill to close after 112 years</a></li><li><a href="https://{host}/news/library-hours"><span class="c-most-read__rank">4</span>Library extends weekend hours</a></li><li><a href="https://{host}/news/parking-surcharge"><span class="c-most-read__rank">5</span>Parking surcharge raised $4 million last year</a></li></ol></section></aside>
</main>
<footer class="c-site-footer"><nav aria-label="Footer"><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li></ul></nav><p>&copy; 2024 The Daily Ledger. All rights reserved.</p></footer>
</body></html>"""


def _name(src: str) -> str:
    return src.rsplit("/", 1)[-1]


PAGES = {
    "wordpress-classic": wordpress_classic, "wordpress-blocks": wordpress_blocks, "blogger": blogger,
    "medium": medium, "substack": substack, "ghost": ghost, "drupal": drupal, "squarespace": squarespace,
    "wix": wix, "tumblr": tumblr, "amp": amp, "news-cms": news_cms,
}


if __name__ == "__main__":  # write the pages out to read them with `auditor check --explain-body`
    import sys
    from pathlib import Path

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "platform-pages")
    out.mkdir(parents=True, exist_ok=True)
    for name, render in PAGES.items():
        (out / f"{name}.html").write_text(render(), encoding="utf-8")
    print(f"{len(PAGES)} pages in {out}/")
