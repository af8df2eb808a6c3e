-- legalese: stiff, formal words where plain ones would do.
-- Tone guide principle 12, "Impact is not intent": prefer plain, careful
-- words; officialese reads as cold and distant even when meant as polite.

-- Each entry: the words as normalized tokens, then the plain alternatives.
-- A check function, so that every phrase gets its own suggestion.
local PLAIN = {
  { "hereby", { "" } },
  { "herein", { "in this document", "here" } },
  { "hereinafter", { "from now on" } },
  { "hereto", { "to this" } },
  { "herewith", { "with this", "attached" } },
  { "heretofore", { "until now" } },
  { "hitherto", { "until now" } },
  { "thereof", { "of it" } },
  { "therein", { "in it" } },
  { "thereto", { "to it" } },
  { "whereby", { "by which", "so that" } },
  { "forthwith", { "right away", "immediately" } },
  { "henceforth", { "from now on" } },
  { "notwithstanding", { "despite", "even so" } },
  { "aforementioned", { "this", "these" } },
  { "aforesaid", { "this", "these" } },
  { "the aforementioned", { "this", "these" } },
  { "the said", { "the", "this" } },
  { "pursuant to", { "under" } },
  { "in accordance with", { "under", "in line with" } },
  { "prior to", { "before" } },
  { "subsequent to", { "after" } },
  { "in the event that", { "if" } },
  { "in the event of", { "if there is", "in case of" } },
  { "with regard to", { "about" } },
  { "with regards to", { "about" } },
  { "in regard to", { "about" } },
  { "in respect of", { "for", "about" } },
  { "in reference to", { "about" } },
  { "at this point in time", { "now" } },
  { "at the present time", { "now" } },
  { "at this moment in time", { "now" } },
  { "due to the fact that", { "because" } },
  { "owing to the fact that", { "because" } },
  { "in light of the fact that", { "because", "since" } },
  { "in view of the fact that", { "because", "since" } },
  { "despite the fact that", { "although" } },
  { "for the purpose of", { "to", "for" } },
  { "for the purposes of", { "for" } },
  { "we are in receipt of", { "we have received" } },
  { "i am in receipt of", { "I have received" } },
  { "is in receipt of", { "has received" } },
  { "please find attached", { "I've attached", "attached is" } },
  { "please find enclosed", { "I've enclosed", "enclosed is" } },
  { "please find below", { "here is", "below is" } },
  { "kindly", { "please" } },
  { "do the needful", { "take care of this", "do what's needed" } },
  { "revert back", { "get back", "reply" } },
  { "revert to you", { "get back to you" } },
  { "as per", { "under", "as in" } },
  { "as per your request", { "as you asked" } },
  { "in lieu of", { "instead of" } },
  { "inter alia", { "among other things" } },
  { "null and void", { "invalid", "cancelled" } },
  { "shall be deemed", { "counts as", "is treated as" } },
  { "deemed to be", { "treated as" } },
  { "is deemed", { "counts as" } },
  { "the undersigned", { "I", "we" } },
  { "utilise", { "use" } },
  { "utilize", { "use" } },
  { "utilisation", { "use" } },
  { "utilization", { "use" } },
  { "commence", { "start", "begin" } },
  { "commenced", { "started", "began" } },
  { "commencement", { "start" } },
  { "endeavour to", { "try to" } },
  { "endeavor to", { "try to" } },
  { "we will endeavour", { "we'll try" } },
  { "we will endeavor", { "we'll try" } },
  { "remuneration", { "pay" } },
  { "remit payment", { "pay" } },
  { "effectuate", { "carry out", "make" } },
  { "facilitate", { "help with", "arrange" } },
  { "ascertain", { "find out", "check" } },
  { "apprise", { "tell", "update" } },
  { "apprised", { "told", "updated" } },
  { "expeditiously", { "quickly" } },
  { "at your earliest convenience", { "when you can", "by {date}" } },
}

-- Index by first word for a quick scan.
local BY_FIRST = {}
for _, e in ipairs(PLAIN) do
  if e[2] then
    local words = {}
    for w in e[1]:gmatch("%S+") do words[#words + 1] = w end
    local list = BY_FIRST[words[1]] or {}
    list[#list + 1] = { words = words, suggest = e[2] }
    BY_FIRST[words[1]] = list
  end
end
-- Longest entries first, so "as per your request" wins over "as per".
for _, list in pairs(BY_FIRST) do
  table.sort(list, function(a, b) return #a.words > #b.words end)
end

-- Every entry as a phrase: the check runs only on sentences holding one.
local TRIGGERS = {}
for _, e in ipairs(PLAIN) do TRIGGERS[#TRIGGERS + 1] = e[1] end

-- Word sequences that look like an entry but are ordinary English.
local function excused(ws, i, words)
  local w1, prev = words[1], ws[i - 1]
  if w1 == "kindly" then
    -- "kindly" as "in a kind way": "treated us kindly", "spoke kindly"
    local nxt = ws[i + 1]
    if not nxt or nxt == "." or nxt == "," or nxt == "and" or nxt == "to" then return true end
    if prev and (prev == "very" or prev == "so" or prev == "most" or prev == "more" or prev == "treated"
                 or prev == "spoke" or prev == "speak" or prev == "look" or prev == "looked" or prev == "take") then
      return true
    end
  end
  return false
end

tact.rule {
  id = "legalese.plain-words", severity = "hint",
  when = { phrases = TRIGGERS },
  message = "Stiff, formal wording reads as cold and distant; impact is not intent, so prefer the plain word.",
  rationale = [[
"Pursuant to", "please find attached" and "kindly revert" are meant as
courtesy but land as officialese. The plain word is just as polite and
easier to read, especially for a customer who is already frustrated.]],
  check = function(s, report)
    local ws = s:norms()
    local i = 1
    while i <= #ws do
      local list = BY_FIRST[ws[i]]
      local hit = nil
      if list then
        for _, e in ipairs(list) do
          local ok = true
          for k, w in ipairs(e.words) do
            if ws[i + k - 1] ~= w then ok = false break end
          end
          if ok and not excused(ws, i, e.words) then hit = e break end
        end
      end
      if hit then
        report { at = { s:token(i).from, s:token(i + #hit.words - 1).to }, suggest = hit.suggest }
        i = i + #hit.words
      else
        i = i + 1
      end
    end
  end,
  examples = {
    flag = {
      "Please find attached the invoice.",
      "Pursuant to our terms, the fee applies.",
      "Kindly revert at your earliest convenience.",
      "We are in receipt of your letter.",
      "In the event that the item is faulty, we will replace it.",
    },
    pass = {
      "I've attached the invoice.",
      "If the item is faulty, we will replace it.",
      "Thank you for treating our driver so kindly.",
      "We'll get back to you by Friday.",
    },
  },
}
