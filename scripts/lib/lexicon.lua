-- lib/lexicon.lua: word lists the boilerplate and metadata rules weigh.
--
-- All sets are keyed by lower-case word. They describe the language of web
-- pages around an article (menus, buttons, subscription pitches, credits),
-- never the wording of any particular article. A user may extend them from
-- a rules file loaded earlier: require "lib.lexicon".ui_words["foo"] = true.

local M = {}

local function set(words)
  local t = {}
  for w in words:gmatch "%S+" do t[w] = true end
  return t
end

-- English function words (jusText's idea: prose is dense in them, menus,
-- labels and keyword spam are not).
M.stop_words = set [[
a about above after again against all also am among an and any are aren't as at be
because been before being below between both but by can can't cannot could couldn't
did didn't do does doesn't doing don't down during each either else even ever every
few for from further had hadn't has hasn't have haven't having he he'd he'll he's her
here here's hers herself him himself his how how's however i i'd i'll i'm i've if in
into is isn't it it's its itself just let's may me might more most much must mustn't
my myself neither no nor not now of off on once only or other ought our ours
ourselves out over own per same shall shan't she she'd she'll she's should shouldn't
since so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those though through thus to
too under until up upon us very via was wasn't we we'd we'll we're we've were weren't
what what's when when's where where's whether which while who who's whom whose why
why's will with within without won't would wouldn't yet you you'd you'll you're you've
your yours yourself yourselves
]]

-- the same words written with a curly apostrophe ("don’t")
for w in pairs(M.stop_words) do
  if w:find "'" then M.stop_words[(w:gsub("'", "\u{2019}"))] = true end
end

-- Words of site chrome: menus, buttons, section furniture. A short line
-- made only of these (and function words) is a page element, not text.
M.ui_words = set [[
print share shares sharing email e-mail mail menu search home login log sign signin
signup register account subscribe subscribed subscription subscriptions newsletter
newsletters skip main content contents listen text size font tweet facebook twitter
linkedin whatsapp telegram instagram youtube pinterest reddit copy link links close
next previous prev back top video videos photo photos gallery galleries image images
read save bookmark follow comment comments advertisement advertisements advertising
ad ads sponsored promoted related coverage latest recent trending popular
recommended more news updates update features feature stories story quick access
free download app apps open view watch play click here tap continue reading full page
toggle navigation nav sections section topics topic tags tag options settings
preferences accept cookies cookie privacy policy terms conditions contact us about
magazine edition editions archive archives rss feed podcast podcasts live blog article
articles manage
breaking headlines headline menu-search like likes also may might see find out
]]

-- Words that betray a subscription pitch, a cookie banner or a player
-- placeholder even inside a full sentence. Weight 2 = decisive with little
-- else; weight 1 = counts only together with other signals.
M.junk_words = {
  subscribe = 2, subscribing = 2, subscription = 2, subscriptions = 2, subscriber = 2,
  subscribers = 2, unsubscribe = 2, newsletter = 2, newsletters = 2, inbox = 2,
  javascript = 2, browser = 2, cookies = 2, cookie = 1, paywall = 2, advertisement = 2,
  sponsored = 2, ["sign-up"] = 2, signup = 2, login = 1, password = 1, journalism = 2,
  copyright = 2, ["©"] = 2, reserved = 1, html5 = 2, podcast = 1, app = 1, download = 1,
  email = 1, free = 1, access = 1, click = 1, ad = 1, ads = 1,
}

-- First words of a call to action ("Read more: ...", "Don't miss ...").
-- Keyed by the first two words, or the first word alone.
M.cta_leads = set [[
read_more read_also also_read see_also more_from more_on related_coverage
related_stories related_articles related_news related_content don't_miss
do_not_miss sign_up click_here tap_here follow_us subscribe_to subscribe_now
watch_now watch_live listen_now you_may you_might recommended_for trending_now
most_read most_popular editor's_picks continue_reading read_full top_stories
]]

-- Marks of a photo or video credit: an outlet named next to one of these
-- took the picture; it did not write the article.
M.credit_words = set [[
photo photos picture pictures image images credit credits file video footage
graphic illustration screenshot screengrab pictured courtesy sketched caption
]]

-- Wire-copy credit lines at the end of a story.
M.credit_leads = set [[
reporting additional writing editing compiled produced translated edited
contributed
]]

return M
