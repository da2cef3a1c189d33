# The benchmark's Pelican site: default theme, the same articles as ours, people as tags.
AUTHOR = "Benchmark"
SITENAME = "News Archive (Pelican)"
SITEURL = "https://example.org/archive"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
DEFAULT_PAGINATION = 50
DEFAULT_DATE_FORMAT = "%-d %B %Y"

# One feed for the whole site, as ours has; no per-category, per-author or translation feeds.
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

LINKS = ()
SOCIAL = ()
