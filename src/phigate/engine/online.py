"""A person's online identifiers written without a scheme: a profile on a social or fundraising site
("instagram.com/ana.rides", "linkedin.com/in/ana-m-4412", "gofundme.com/f/help-ana") and a handle named as
one ("handle @ana.rides", "IG: @ana.rides", "follow her on TikTok @anarides"). Safe Harbor's URLs (item 14)
and "any other unique identifying ... code" (item 18); URLs with a scheme are the URL pattern's.
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.patterns import PatternSpec, _span

_SITES = (
    r"instagram\.com|tiktok\.com|linkedin\.com|facebook\.com|fb\.com|m\.facebook\.com|twitter\.com|x\.com"
    r"|youtube\.com|youtu\.be|github\.com|gitlab\.com|gofundme\.com|threads\.net|snapchat\.com|pinterest\.com"
    r"|reddit\.com|medium\.com|substack\.com|twitch\.tv|venmo\.com|cash\.app|paypal\.me|patreon\.com"
    r"|vk\.com|weibo\.com|t\.me|wa\.me|bsky\.app|mastodon\.social|soundcloud\.com|spotify\.com|strava\.com"
    r"|flickr\.com|tumblr\.com|etsy\.com|onlyfans\.com|linktr\.ee|about\.me|caringbridge\.org|givesendgo\.com"
)
_FILE_NAME = re.compile(
    r"\.(?:py|ya?ml|json|js|ts|tsx|java|go|rs|c|h|cpp|cs|rb|txt|md|log|csv|xml|html|sh|cfg|ini)$"
)
_MESSENGERS = r"wechat|weixin|kakao(?:talk)?|viber|skype|zalo|signal|telegram|whatsapp|imo|botim"
_PLATFORMS = (
    r"handle|instagram|insta|IG|tiktok|twitter|X|threads|snapchat|snap|telegram|venmo|cash[ \t]?app"
    r"|reddit|twitch|discord|bluesky|mastodon|github|username|user[ \t]?name"
)

_DATING = r"grindr|tinder|hinge|bumble|okcupid|scruff|feeld|jackd|plenty[ \t]of[ \t]fish|pof|kik|facebook|fb"

# a Go import path or a source link: a code host and three or more segments ("github.com/org/repo/pkg"), a
# repository's, not a person's profile (which is one segment, or two with the repository)
_CODE_PATH = re.compile(r"(?i)(?:www\.)?(?:github\.com|gitlab\.com)/[^/\s]+/[^/\s]+/[^/\s]")

SPECS = [
    PatternSpec(
        "social-profile",
        T.URL,
        rf"(?<![\w./@])(?P<v>(?:www\.)?(?:{_SITES})/[A-Za-z0-9@._~%+\-/]*[A-Za-z0-9_/])",
        caseless=True,
        hs=rf"(?:{_SITES})/[A-Za-z0-9@._~%+\-]",
        validator=lambda text, m: None if _CODE_PATH.match(m.group("v")) else _span(m, T.URL),
    ),
    PatternSpec(
        "handle",
        T.ID,
        rf"(?i:\b(?:{_PLATFORMS}))(?:[ \t]+(?:is|handle|account|name|on))?[ \t]*[:=]?[ \t]*\(?"
        r"(?P<v>@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)(?![\w@])",
        hs=rf"(?i:\b(?:{_PLATFORMS}))(?:[ \t]+(?:is|handle|account|name|on))?[ \t]*[:=]?[ \t]*\(?@",
    ),
    # a messenger's id said with its app ("Line: pim_sri", "wechat is liwei77", vCard's
    # "IMPP:line:mei.lin4"): a login's shape, with a digit, a dot or an underscore in it
    PatternSpec(
        "messenger-id",
        T.ID,
        rf"\b(?:Line|LINE|(?i:{_MESSENGERS}))(?:[ \t]+(?:id|ID|is|handle|account))?(?:[ \t]+is)?"
        r"[ \t]*[:=]?[ \t]*"
        r"(?P<v>[A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+)+|[A-Za-z]{2,}[0-9]+[A-Za-z0-9]*)"
        r"(?![\w@]|\.\w)",
        validator=lambda text, m: None if _FILE_NAME.search(m.group("v")) else _span(m, T.ID),
        hs=rf"\b(?:Line|LINE|(?i:{_MESSENGERS}))(?:[ \t]+(?:id|is|handle|account))?(?:[ \t]+is)?[ \t]*[:=]?"
        r"[ \t]*[A-Za-z]",
    ),
    PatternSpec(
        "vcard-impp",
        T.ID,
        r"(?m)^IMPP(?:;[^:\n]{0,40})?:(?:[a-z\-]{2,12}:)?(?P<v>[^\s;]{2,64})",
        hs=r"IMPP[;:]",
    ),
    # any @handle holding a digit ("@ana_obi61", a chat's "[09:15] @ana.o16:"); "@channel", "@here" and
    # code's decorators ("@lru_cache") hold none
    PatternSpec(
        "handle-digits",
        T.ID,
        r"(?<![\w.@/])(?P<v>@(?=[A-Za-z0-9_.]*[0-9])[A-Za-z][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@(])",
        hs=r"@[A-Za-z][A-Za-z0-9_.]{0,28}[0-9]",
        window=32,
    ),
    # a login after its platform, no "@": "met on <dating app> as ana.o61", "Tinder handle ana_obi_37"
    PatternSpec(
        "platform-login",
        T.ID,
        rf"(?i:\b(?:{_PLATFORMS}|{_DATING}))(?:[ \t]+(?:as|handle|username|user|name|id|is|account)){{1,2}}"
        r"[ \t]*[:=]?[ \t]*"
        r"(?P<v>[A-Za-z][A-Za-z0-9]*(?:[._\-][A-Za-z0-9]+)+|[A-Za-z]{2,}[0-9]+[A-Za-z0-9]*)(?![\w@]|\.\w)",
        validator=lambda text, m: None if _FILE_NAME.search(m.group("v")) else _span(m, T.ID),
        hs=rf"(?i:\b(?:{_PLATFORMS}|{_DATING}))(?:[ \t]+(?:as|handle|username|user|name|id|is"
           rf"|account)){{1,2}}"
        r"[ \t]*[:=]?[ \t]*[A-Za-z]",
    ),
    # a login-shaped name with the platform after it: "ana.obi.35 (insta)", "(ana_obi on tiktok)"
    PatternSpec(
        "handle-platform-after",
        T.ID,
        rf"(?<![\w.@/])(?P<v>[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+)[ \t]+(?:\(|on[ \t]+)"
        rf"(?i:{_PLATFORMS}|fb|facebook|linkedin)\b",
        hs=rf"[A-Za-z0-9][ \t]+(?:\(|on[ \t]+)(?i:{_PLATFORMS}|fb|facebook|linkedin)\b",
        window=40,
    ),
]
