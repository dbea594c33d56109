/* check_sentences.c - engine/sentences.c, the splitter. */

/*
 * The splitter's rules, one table per kind of evidence: plain sentence
 * ends, abbreviations and titles, initials, numbers, quotes and
 * brackets, ellipses, datelines, web addresses and code, and sentences
 * run together with no space.  Each case is a piece of news-style text
 * and the sentences a careful editor would cut it into, as --split
 * prints them: one per entry, every run of white space folded to one
 * space.  How lines make paragraphs and headings is in
 * check_paragraphs.c, which shares check_split_case.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../engine/stopscan.h"          /* the scan's table */

/* UTF-8 punctuation, spelled once.  A literal ends after each so that a
 * following letter is not read as part of a hex escape. */
#define LQ     "\xE2\x80\x9C"    /* left double quotation mark */
#define RQ     "\xE2\x80\x9D"    /* right double quotation mark */
#define LSQ    "\xE2\x80\x98"    /* left single quotation mark */
#define RSQ    "\xE2\x80\x99"    /* right single quotation mark, apostrophe */
#define ELL    "\xE2\x80\xA6"    /* horizontal ellipsis */
#define MDASH  "\xE2\x80\x94"    /* em dash */
#define POUND  "\xC2\xA3"

/* ------------------------------------------------------------------ */
/* 0. One of each: the splitter at a glance                             */
/* ------------------------------------------------------------------ */

static const struct split_case basic_cases[] = {
	/* Plain sentence ends. */
	{ "The talks began. Both sides agreed! Will they meet again?",
	  { "The talks began.", "Both sides agreed!", "Will they meet again?" } },
	{ "One sentence without a final stop",
	  { "One sentence without a final stop" } },
	/* Titles before names never end a sentence. */
	{ "Chinese army Maj. Gen. Song Yanchao attended. Dr. Chase spoke.",
	  { "Chinese army Maj. Gen. Song Yanchao attended.", "Dr. Chase spoke." } },
	{ "Mr. Smith and Mrs. Jones met Prof. Lee at noon.",
	  { "Mr. Smith and Mrs. Jones met Prof. Lee at noon." } },
	/* Abbreviations end a sentence only before a common word. */
	{ "There were 500 cases in the U.S. The next day there were more.",
	  { "There were 500 cases in the U.S.", "The next day there were more." } },
	{ "The U.S. Army and the U.S. Navy met.",
	  { "The U.S. Army and the U.S. Navy met." } },
	{ "He works for ABC Inc. and lives in Mt. Vernon.",
	  { "He works for ABC Inc. and lives in Mt. Vernon." } },
	{ "Air Force Gen. CQ Brown, Jr., and Gen. Liu Zhenli talked.",
	  { "Air Force Gen. CQ Brown, Jr., and Gen. Liu Zhenli talked." } },
	{ "He left at 6 p.m. The office closed.",
	  { "He left at 6 p.m.", "The office closed." } },
	{ "She lives on Water St. It is quiet.",
	  { "She lives on Water St.", "It is quiet." } },
	{ "MILLBROOK, Ore. \xE2\x80\x94 Voters approved the levy.",
	  { "MILLBROOK, Ore. \xE2\x80\x94 Voters approved the levy." } },
	/* Initials. */
	{ "Led by Michael S. Chase, the dialogue resumed.",
	  { "Led by Michael S. Chase, the dialogue resumed." } },
	{ "J. R. R. Tolkien wrote it.", { "J. R. R. Tolkien wrote it." } },
	/* Numbers. */
	{ "It cost $3.5 billion. Prices rose 1.5. Then they fell.",
	  { "It cost $3.5 billion.", "Prices rose 1.5.", "Then they fell." } },
	{ "He is No. 5 on the list.", { "He is No. 5 on the list." } },
	{ "1. Boil the water for a minute.",
	  { "1. Boil the water for a minute." } },
	{ "It happened in 2020. Nobody knew.",
	  { "It happened in 2020.", "Nobody knew." } },
	/* Quotes and brackets. */
	{ "\xE2\x80\x9CWe agree.\xE2\x80\x9D Then they left.",
	  { "\xE2\x80\x9CWe agree.\xE2\x80\x9D", "Then they left." } },
	{ "\"Really?\" she asked. \"Yes.\"",
	  { "\"Really?\" she asked.", "\"Yes.\"" } },
	{ "'Well!' thought Alice to herself.",
	  { "'Well!' thought Alice to herself." } },
	{ "(Which was very likely true.) She went on.",
	  { "(Which was very likely true.)", "She went on." } },
	/* Ellipses. */
	{ "Wait... what happened? Nothing\xE2\x80\xA6 and then a bang.",
	  { "Wait... what happened?", "Nothing\xE2\x80\xA6 and then a bang." } },
	/* Emoji and emoticons after a sentence's stop comment on it and
	 * stay with it; a word in lower case after them goes on. */
	{ "The ferry is back! \xF0\x9F\x8E\x89 Tickets go on sale at noon.",
	  { "The ferry is back! \xF0\x9F\x8E\x89", "Tickets go on sale at noon." } },
	{ "Passed my driving test!! :-) :D Lessons are over.",
	  { "Passed my driving test!! :-) :D", "Lessons are over." } },
	{ "Out of milk again. \xF0\x9F\x99\x84\xF0\x9F\x8F\xBD",
	  { "Out of milk again. \xF0\x9F\x99\x84\xF0\x9F\x8F\xBD" } },
	{ "It rained all day! \xE2\x98\x94 and the match was off.",
	  { "It rained all day! \xE2\x98\x94 and the match was off." } },
	/* A face standing apart before a capital ends a sentence in place
	 * of a stop; a heart may stand for a word, and a time or a
	 * quotation holds no face. */
	{ "The printer jammed twice today :( Maybe it needs a new roller.",
	  { "The printer jammed twice today :(", "Maybe it needs a new roller." } },
	{ "Three hours of traffic \xF0\x9F\x98\xA4 Never again.",
	  { "Three hours of traffic \xF0\x9F\x98\xA4", "Never again." } },
	{ "We \xE2\x9D\xA4\xEF\xB8\x8F Lisbon in spring.",
	  { "We \xE2\x9D\xA4\xEF\xB8\x8F Lisbon in spring." } },
	{ "The train leaves at 10:30 Monday morning.",
	  { "The train leaves at 10:30 Monday morning." } },
	{ "She wrote \"fine :) Thanks\" and hung up.",
	  { "She wrote \"fine :) Thanks\" and hung up." } },
	{ "Set the flag. :Verbose is off by default.",
	  { "Set the flag.", ":Verbose is off by default." } },
	/* The stops of scripts no language here is written in: Myanmar's
	 * section mark, Khmer's khan (our own sentences: "It rained all
	 * day. The children stayed home."). */
	{ "တစ်နေ့လုံး မိုးရွာတယ်။ ကလေးတွေ အိမ်မှာ နေကြတယ်။",
	  { "တစ်နေ့လုံး မိုးရွာတယ်။", "ကလေးတွေ အိမ်မှာ နေကြတယ်။" } },
	{ "ភ្លៀងធ្លាក់ពេញមួយថ្ងៃ។ ក្មេងៗនៅផ្ទះ។",
	  { "ភ្លៀងធ្លាក់ពេញមួយថ្ងៃ។", "ក្មេងៗនៅផ្ទះ។" } },
};

/* ------------------------------------------------------------------ */
/* 1. Abbreviations and titles                                         */
/* ------------------------------------------------------------------ */

static const struct split_case abbrev_cases[] = {
	{ "Thanks to all who helped at the fair, esp. Maria and Tom.",
	  { "Thanks to all who helped at the fair, esp. Maria and Tom." } },
	{ "Mr. Alvarez told reporters the plan was dead. Mrs. Okafor disagreed.",
	  { "Mr. Alvarez told reporters the plan was dead.",
	    "Mrs. Okafor disagreed." } },
	{ "The report was written by Ms. Tran and reviewed by Dr. Patel before its release.",
	  { "The report was written by Ms. Tran and reviewed by Dr. Patel before its release." } },
	{ "Prof. Heinz Albrecht of Leipzig University led the study. It took six years to complete.",
	  { "Prof. Heinz Albrecht of Leipzig University led the study.",
	    "It took six years to complete." } },
	{ "The convoy was commanded by Lt. Col. Maria Ortiz, who had served two tours in Iraq.",
	  { "The convoy was commanded by Lt. Col. Maria Ortiz, who had served two tours in Iraq." } },
	{ "Sgt. Daniel Reyes and Capt. Ann Whitlock were honored on Friday. Both declined to comment.",
	  { "Sgt. Daniel Reyes and Capt. Ann Whitlock were honored on Friday.",
	    "Both declined to comment." } },
	{ "Adm. Karen Hollis told the committee the fleet was stretched thin. Sen. Paul Drake asked most of the questions.",
	  { "Adm. Karen Hollis told the committee the fleet was stretched thin.",
	    "Sen. Paul Drake asked most of the questions." } },
	{ "Rep. Janet Moore and Gov. Tom Barrett toured the flooded towns by helicopter.",
	  { "Rep. Janet Moore and Gov. Tom Barrett toured the flooded towns by helicopter." } },
	{ "A portrait of Pres. Grant hangs in the lobby.",
	  { "A portrait of Pres. Grant hangs in the lobby." } },
	{ "Maj. Gen. Song Lin led the Chinese delegation. He spoke for twenty minutes.",
	  { "Maj. Gen. Song Lin led the Chinese delegation.",
	    "He spoke for twenty minutes." } },
	{ "U.S. Army Gen. Mark Ellison arrived in Seoul on Monday. He met his South Korean counterpart.",
	  { "U.S. Army Gen. Mark Ellison arrived in Seoul on Monday.",
	    "He met his South Korean counterpart." } },
	{ "Lt. Gov. Dana Price will preside over the state Senate.",
	  { "Lt. Gov. Dana Price will preside over the state Senate." } },
	{ "The Rev. Al Turner led the service. Hundreds attended.",
	  { "The Rev. Al Turner led the service.", "Hundreds attended." } },
	{ "Dr. and Mrs. Ferreira hosted the fundraiser at their home.",
	  { "Dr. and Mrs. Ferreira hosted the fundraiser at their home." } },
	/* Jr. and Sr.: inside a name, and closing a sentence. */
	{ "The award went to Harold Banks Jr. He accepted it in person.",
	  { "The award went to Harold Banks Jr.", "He accepted it in person." } },
	{ "Robert Hale Sr. founded the company in 1952 with his brother.",
	  { "Robert Hale Sr. founded the company in 1952 with his brother." } },
	{ "The parade moved slowly down St. Charles Avenue toward the river.",
	  { "The parade moved slowly down St. Charles Avenue toward the river." } },
	{ "The bakery is on Grand St. Its owner has run it for 40 years.",
	  { "The bakery is on Grand St.", "Its owner has run it for 40 years." } },
	{ "Climbers reached the summit of Mt. Rainier before dawn on Sunday.",
	  { "Climbers reached the summit of Mt. Rainier before dawn on Sunday." } },
	/* Company suffixes. */
	{ "The chips are made by Norvale Inc. The company did not respond to requests for comment.",
	  { "The chips are made by Norvale Inc.",
	    "The company did not respond to requests for comment." } },
	{ "Norvale Inc. shares fell 4 percent in early trading.",
	  { "Norvale Inc. shares fell 4 percent in early trading." } },
	{ "Tessaro Corp. said it would cut 1,200 jobs. The union called the move reckless.",
	  { "Tessaro Corp. said it would cut 1,200 jobs.",
	    "The union called the move reckless." } },
	{ "The contract went to Pemberton Holdings Ltd. It is based in Leeds.",
	  { "The contract went to Pemberton Holdings Ltd.", "It is based in Leeds." } },
	{ "Warner Bros. Discovery reported a wider loss for the quarter.",
	  { "Warner Bros. Discovery reported a wider loss for the quarter." } },
	{ "The Harwick Co. plant in Dayton closed last year after 80 years.",
	  { "The Harwick Co. plant in Dayton closed last year after 80 years." } },
	/* A suffix ends the sentence, and a capitalised noun (not a
	 * function word) opens the next. */
	{ "The order went to Acme Inc. Shares of the company rose 6 percent.",
	  { "The order went to Acme Inc.", "Shares of the company rose 6 percent." } },
	/* Reference abbreviations. */
	{ "The No. 3 seed was knocked out in the first round.",
	  { "The No. 3 seed was knocked out in the first round." } },
	{ "Seeds Nos. 4 and 7 advanced to the quarterfinals on Wednesday.",
	  { "Seeds Nos. 4 and 7 advanced to the quarterfinals on Wednesday." } },
	{ "The essay appears in vol. 12 of the journal, on pp. 45-67. It has been widely cited.",
	  { "The essay appears in vol. 12 of the journal, on pp. 45-67.",
	    "It has been widely cited." } },
	{ "The quote can be found on p. 212 of the memoir.",
	  { "The quote can be found on p. 212 of the memoir." } },
	{ "As fig. 3 shows, rainfall dropped sharply after 1990.",
	  { "As fig. 3 shows, rainfall dropped sharply after 1990." } },
	{ "The case, known as Dawson vs. Ohio, reached the Supreme Court in May.",
	  { "The case, known as Dawson vs. Ohio, reached the Supreme Court in May." } },
	/* A paper's references to its parts, and the labels after them:
	 * a capital with digits, a Roman number. */
	{ "The derivation is given in Eq. A7 of the appendix. It uses only algebra.",
	  { "The derivation is given in Eq. A7 of the appendix.",
	    "It uses only algebra." } },
	{ "Sect. IV describes the sampling. The results follow in Sect. V.",
	  { "Sect. IV describes the sampling.", "The results follow in Sect. V." } },
	{ "Raw counts appear in Tab. S1 and the fitted rates in Fig. B2.",
	  { "Raw counts appear in Tab. S1 and the fitted rates in Fig. B2." } },
	{ "He left the bar without paying the tab. The owner called the police.",
	  { "He left the bar without paying the tab.", "The owner called the police." } },
	{ "The reading for tomorrow is Ch. 3. Bring the book.",
	  { "The reading for tomorrow is Ch. 3.", "Bring the book." } },
	/* A title in lower case after a number is a unit: "ms" is
	 * milliseconds there, not "Ms." */
	{ "Each query took 40 ms. The cache was cold.",
	  { "Each query took 40 ms.", "The cache was cold." } },
	{ "The letter was for Ms. Carver.", { "The letter was for Ms. Carver." } },
	/* So is a lower-case abbreviation after a number, which closes the
	 * quantity's phrase; one that stands before what it qualifies
	 * ("vs.") does not, nor a capitalised title ("Ft." for Fort). */
	{ "The ladder reaches 12 ft. Longer ones are sold separately.",
	  { "The ladder reaches 12 ft.", "Longer ones are sold separately." } },
	{ "The wind gusted to 70 mph. Crews closed the bridge.",
	  { "The wind gusted to 70 mph.", "Crews closed the bridge." } },
	{ "Week 9 vs. Denver was moved to Monday.",
	  { "Week 9 vs. Denver was moved to Monday." } },
	{ "The regiment left Ft. Worth in May.",
	  { "The regiment left Ft. Worth in May." } },
	/* A title in lower case that the dictionary knows is that word. */
	{ "The forms went to the sales reps. Three came back signed.",
	  { "The forms went to the sales reps.", "Three came back signed." } },
	/* A number's sign is the number's: "Tel." is no sentence before it. */
	{ "Bookings by phone only, Tel. +44 161 555 0134, before noon.",
	  { "Bookings by phone only, Tel. +44 161 555 0134, before noon." } },
	/* A dotted abbreviation that opens a sentence labels it. */
	{ "Thanks again for dinner. P.S. The umbrella you left is in my car.",
	  { "Thanks again for dinner.",
	    "P.S. The umbrella you left is in my car." } },
	{ "The forms are due Friday. N.B. Late forms cannot be accepted.",
	  { "The forms are due Friday.", "N.B. Late forms cannot be accepted." } },
	{ "They moved to the U.S. It was 1990.",
	  { "They moved to the U.S.", "It was 1990." } },
	/* "no" and "ill" are words before they are abbreviations. */
	{ "Asked whether he would resign, the minister said no. Opposition leaders called the answer arrogant.",
	  { "Asked whether he would resign, the minister said no.",
	    "Opposition leaders called the answer arrogant." } },
	{ "The singer fell ill. Doctors ordered two weeks of rest.",
	  { "The singer fell ill.", "Doctors ordered two weeks of rest." } },
	/* etc., e.g., i.e. */
	{ "The store sells bread, milk, eggs, etc. and stays open until midnight.",
	  { "The store sells bread, milk, eggs, etc. and stays open until midnight." } },
	{ "Officials cited roads, bridges, schools, etc. The list went on for pages.",
	  { "Officials cited roads, bridges, schools, etc.",
	    "The list went on for pages." } },
	{ "Some fruits, e.g. apples and pears, keep for months in cold storage.",
	  { "Some fruits, e.g. apples and pears, keep for months in cold storage." } },
	{ "Several cities, e.g. Denver and Austin, have raised parking fees.",
	  { "Several cities, e.g. Denver and Austin, have raised parking fees." } },
	{ "The vote was unanimous, i.e. no member objected.",
	  { "The vote was unanimous, i.e. no member objected." } },
	{ "The rule covers only one state, i.e. Texas, for now.",
	  { "The rule covers only one state, i.e. Texas, for now." } },
	/* a.m. and p.m. */
	{ "Polls open at 7 a.m. and close at 8 p.m. on Tuesday.",
	  { "Polls open at 7 a.m. and close at 8 p.m. on Tuesday." } },
	{ "The storm hit at 4 p.m. Power was out for hours.",
	  { "The storm hit at 4 p.m.", "Power was out for hours." } },
	{ "The hearing begins at 10 a.m. Monday in Room 200.",
	  { "The hearing begins at 10 a.m. Monday in Room 200." } },
	{ "The polls close at 8 p.m. Eastern time on Tuesday.",
	  { "The polls close at 8 p.m. Eastern time on Tuesday." } },
	/* A time zone's code after the time goes on with it. */
	{ "Freeze changes from Friday 6 p.m. CET. The move starts at 9 a.m. JST on Monday.",
	  { "Freeze changes from Friday 6 p.m. CET.", "The move starts at 9 a.m. JST on Monday." } },
	/* Months. */
	{ "The law took effect on Jan. 1 and expires on Dec. 31, 2026.",
	  { "The law took effect on Jan. 1 and expires on Dec. 31, 2026." } },
	{ "The vote is set for Sept. 14. Opponents have asked for a delay.",
	  { "The vote is set for Sept. 14.", "Opponents have asked for a delay." } },
	{ "The suit, filed on Feb. 3 in federal court, names four defendants.",
	  { "The suit, filed on Feb. 3 in federal court, names four defendants." } },
	{ "Early voting runs from Oct. 21 to Nov. 1. Turnout is expected to be high.",
	  { "Early voting runs from Oct. 21 to Nov. 1.",
	    "Turnout is expected to be high." } },
	{ "Between Aug. 15 and Apr. 30 the river is closed to barges.",
	  { "Between Aug. 15 and Apr. 30 the river is closed to barges." } },
	/* Dotted acronyms. */
	{ "The U.S. Air Force grounded the fleet on Monday.",
	  { "The U.S. Air Force grounded the fleet on Monday." } },
	{ "Inflation is still rising in the U.S. The Federal Reserve is expected to act.",
	  { "Inflation is still rising in the U.S.",
	    "The Federal Reserve is expected to act." } },
	/* A capitalised common noun that is not a usual sentence opener
	 * ("in the U.S. Health officials urged calm") is read as a name
	 * ("U.S. Army"): a known limit, not tested here. */
	{ "The virus has now been detected in the U.S. Officials urged calm.",
	  { "The virus has now been detected in the U.S.",
	    "Officials urged calm." } },
	{ "Exports to the U.K. fell by a third last year. The government blamed new customs rules.",
	  { "Exports to the U.K. fell by a third last year.",
	    "The government blamed new customs rules." } },
	{ "U.K. Prime Minister Olsen visited Kyiv on Sunday.",
	  { "U.K. Prime Minister Olsen visited Kyiv on Sunday." } },
	{ "The U.N. Security Council will meet on Thursday.",
	  { "The U.N. Security Council will meet on Thursday." } },
	{ "The draft resolution was sent to the U.N. It passed 13-0 with two abstentions.",
	  { "The draft resolution was sent to the U.N.",
	    "It passed 13-0 with two abstentions." } },
	{ "E.U. ministers met in Brussels. They agreed on a price cap.",
	  { "E.U. ministers met in Brussels.", "They agreed on a price cap." } },
	{ "The tariffs apply to steel from the E.U. and China.",
	  { "The tariffs apply to steel from the E.U. and China." } },
	{ "The U.S.-China talks resumed in Geneva. Both sides called them useful.",
	  { "The U.S.-China talks resumed in Geneva.", "Both sides called them useful." } },
	/* State abbreviations. */
	{ "He was born in Portland, Ore. He moved east in 1990.",
	  { "He was born in Portland, Ore.", "He moved east in 1990." } },
	{ "Sen. Alma Ruiz, D-N.M., opposed the bill. Sen. Greg Lott, R-Tenn., supported it.",
	  { "Sen. Alma Ruiz, D-N.M., opposed the bill.",
	    "Sen. Greg Lott, R-Tenn., supported it." } },
};

/* ------------------------------------------------------------------ */
/* 2. Initials and names                                               */
/* ------------------------------------------------------------------ */

static const struct split_case initial_cases[] = {
	/* A hyphenated first name's initials: no domain's label opens
	 * with a hyphen. */
	{ "The essay by J.-P. Marchand appeared in 1961. It was reprinted twice.",
	  { "The essay by J.-P. Marchand appeared in 1961.", "It was reprinted twice." } },
	{ "J. R. R. Tolkien's estate approved the new illustrated edition.",
	  { "J. R. R. Tolkien's estate approved the new illustrated edition." } },
	{ "The letters were kept by J.R.R. Tolkien's grandson. They were sold at auction in 2019.",
	  { "The letters were kept by J.R.R. Tolkien's grandson.",
	    "They were sold at auction in 2019." } },
	{ "The memo was signed by Air Force Gen. CQ Brown, Jr., and two of his deputies.",
	  { "The memo was signed by Air Force Gen. CQ Brown, Jr., and two of his deputies." } },
	{ "Gen. Charles Q. Brown Jr. was confirmed by the Senate. He succeeded Gen. Mark Milley.",
	  { "Gen. Charles Q. Brown Jr. was confirmed by the Senate.",
	    "He succeeded Gen. Mark Milley." } },
	{ "L. Ron Hubbard founded the church in 1954. It grew rapidly in the 1970s.",
	  { "L. Ron Hubbard founded the church in 1954.",
	    "It grew rapidly in the 1970s." } },
	{ "Michael S. Chase, a deputy assistant secretary of defense, led the American side.",
	  { "Michael S. Chase, a deputy assistant secretary of defense, led the American side." } },
	{ "George W. Bush spoke at the dedication. Laura Bush did not attend.",
	  { "George W. Bush spoke at the dedication.", "Laura Bush did not attend." } },
	{ "The case was heard by Judge Anne E. Kowalski on Monday.",
	  { "The case was heard by Judge Anne E. Kowalski on Monday." } },
	{ "H. L. Mencken covered the trial for The Baltimore Sun.",
	  { "H. L. Mencken covered the trial for The Baltimore Sun." } },
	{ "W.E.B. Du Bois taught at Atlanta University for more than two decades.",
	  { "W.E.B. Du Bois taught at Atlanta University for more than two decades." } },
	{ "The prize went to Mary K. O'Neill, a nurse from Boston.",
	  { "The prize went to Mary K. O'Neill, a nurse from Boston." } },
	/* A single capital letter that is not an initial ends a sentence. */
	{ "The archive is housed in Block C. It is open to researchers on weekdays.",
	  { "The archive is housed in Block C.",
	    "It is open to researchers on weekdays." } },
	{ "Many patients were low in vitamin D. It is cheap to treat.",
	  { "Many patients were low in vitamin D.", "It is cheap to treat." } },
	{ "Many older adults are short of vitamin D. Researchers recommend a daily supplement.",
	  { "Many older adults are short of vitamin D.",
	    "Researchers recommend a daily supplement." } },
	{ "Franklin D. Roosevelt signed the Social Security Act in 1935.",
	  { "Franklin D. Roosevelt signed the Social Security Act in 1935." } },
	{ "Flights at John F. Kennedy International Airport resumed at noon.",
	  { "Flights at John F. Kennedy International Airport resumed at noon." } },
	{ "A. Philip Randolph organized the 1963 march.",
	  { "A. Philip Randolph organized the 1963 march." } },
	{ "The novel by E. M. Forster was adapted for film in 1985.",
	  { "The novel by E. M. Forster was adapted for film in 1985." } },
	{ "Martin Luther King Jr. spoke for 17 minutes. The crowd fell silent.",
	  { "Martin Luther King Jr. spoke for 17 minutes.", "The crowd fell silent." } },
	{ "Sammy Davis Jr. and Dean Martin closed the show.",
	  { "Sammy Davis Jr. and Dean Martin closed the show." } },
	{ "Police identified the driver as Ray T. Dunn, 34, of Tulsa.",
	  { "Police identified the driver as Ray T. Dunn, 34, of Tulsa." } },
	{ "Ulysses S. Grant led the Union army. He later served two terms as president.",
	  { "Ulysses S. Grant led the Union army.",
	    "He later served two terms as president." } },
	{ "Questions went to Dr. Amy L. Chen, the lead author. She declined to comment.",
	  { "Questions went to Dr. Amy L. Chen, the lead author.",
	    "She declined to comment." } },
	{ "P. T. Barnum opened his museum in 1841. It burned down in 1865.",
	  { "P. T. Barnum opened his museum in 1841.", "It burned down in 1865." } },
	{ "The company's founder, Elias A. Hartmann, retired in May. His son took over.",
	  { "The company's founder, Elias A. Hartmann, retired in May.",
	    "His son took over." } },
	{ "The contract was signed by T. Boone Pickens in 2008.",
	  { "The contract was signed by T. Boone Pickens in 2008." } },
	{ "Judge Sarah J. Whitfield of the U.S. District Court dismissed the suit.",
	  { "Judge Sarah J. Whitfield of the U.S. District Court dismissed the suit." } },
	{ "The lead investigator, Sgt. Maria J. Lopez, declined to comment.",
	  { "The lead investigator, Sgt. Maria J. Lopez, declined to comment." } },
	/* A letter after an apostrophe ends a word (a contraction, a
	 * possessive) and is no initial: a name after it opens a sentence. */
	{ "The minister said she would resign, but she hasn't. Parliament returns on Monday.",
	  { "The minister said she would resign, but she hasn't.", "Parliament returns on Monday." } },
	{ "He grew up near Galway but never went to St Brendan's. Officials there confirmed it.",
	  { "He grew up near Galway but never went to St Brendan's.", "Officials there confirmed it." } },
};

/* ------------------------------------------------------------------ */
/* 3. Numbers                                                          */
/* ------------------------------------------------------------------ */

static const struct split_case number_cases[] = {
	/* A letter after the degree sign is a unit, no initial. */
	{ "Bake the loaf at 220\xC2\xB0" "C. Second, let it cool on a rack.",
	  { "Bake the loaf at 220\xC2\xB0" "C.", "Second, let it cool on a rack." } },
	{ "The deal is worth $3.5 billion. Analysts called it a bargain.",
	  { "The deal is worth $3.5 billion.", "Analysts called it a bargain." } },
	{ "Her temperature was 98.6 degrees when she was admitted.",
	  { "Her temperature was 98.6 degrees when she was admitted." } },
	{ "Unemployment fell to 3.9 percent in May. Wages rose 0.4 percent.",
	  { "Unemployment fell to 3.9 percent in May.", "Wages rose 0.4 percent." } },
	{ "The v1.2.3 release fixed the bug. Version 2.0 is due in June.",
	  { "The v1.2.3 release fixed the bug.", "Version 2.0 is due in June." } },
	{ "Version 10.4.1 of the software patched the flaw.",
	  { "Version 10.4.1 of the software patched the flaw." } },
	{ "Reporters gathered outside No. 10 Downing Street on Tuesday.",
	  { "Reporters gathered outside No. 10 Downing Street on Tuesday." } },
	{ "No. 10 said the prime minister had tested positive.",
	  { "No. 10 said the prime minister had tested positive." } },
	{ "The No. 2 official at the agency resigned. No reason was given.",
	  { "The No. 2 official at the agency resigned.", "No reason was given." } },
	{ "The doors closed at 6 P.M. Mr. Smith arrived ten minutes later.",
	  { "The doors closed at 6 P.M.", "Mr. Smith arrived ten minutes later." } },
	{ "The shuttle left at 9:45 a.m. and landed at 11:10 a.m. local time.",
	  { "The shuttle left at 9:45 a.m. and landed at 11:10 a.m. local time." } },
	{ "Trading ended at 4 p.m. EST on Friday.",
	  { "Trading ended at 4 p.m. EST on Friday." } },
	{ "The meeting is at 6 P.M. Tuesday in the council chamber.",
	  { "The meeting is at 6 P.M. Tuesday in the council chamber." } },
	{ "The bus leaves at 7.30 a.m. from the main station.",
	  { "The bus leaves at 7.30 a.m. from the main station." } },
	/* List markers opening a paragraph. */
	{ "1. Preheat the oven to 200 degrees.",
	  { "1. Preheat the oven to 200 degrees." } },
	{ "2. Mix the flour and sugar. Add the eggs one at a time.",
	  { "2. Mix the flour and sugar.", "Add the eggs one at a time." } },
	{ "a) Review the budget before the vote.",
	  { "a) Review the budget before the vote." } },
	{ "(iii) The board may remove a member for cause.",
	  { "(iii) The board may remove a member for cause." } },
	{ "Section (iii) of the law was struck down. The rest stands.",
	  { "Section (iii) of the law was struck down.", "The rest stands." } },
	/* A number ends a sentence. */
	{ "The central bank raised its rate to 5.25%. Markets fell.",
	  { "The central bank raised its rate to 5.25%.", "Markets fell." } },
	{ "The factory opened in 1987. Within a decade it employed 900 people.",
	  { "The factory opened in 1987.", "Within a decade it employed 900 people." } },
	{ "The final score was 3-1. Fans stormed the field.",
	  { "The final score was 3-1.", "Fans stormed the field." } },
	{ "The bill passed 52-48. It now goes to the House.",
	  { "The bill passed 52-48.", "It now goes to the House." } },
	{ "The population grew by 1.2 million. Most of the growth came from migration.",
	  { "The population grew by 1.2 million.",
	    "Most of the growth came from migration." } },
	{ "The quake measured 6.8 on the Richter scale. It was felt 300 miles away.",
	  { "The quake measured 6.8 on the Richter scale.",
	    "It was felt 300 miles away." } },
	{ "Shares closed at $41.07. They had opened at $44.",
	  { "Shares closed at $41.07.", "They had opened at $44." } },
	{ "The ticket cost " POUND "12.50 and the train was late.",
	  { "The ticket cost " POUND "12.50 and the train was late." } },
	{ "She finished the marathon in 2:03:45. That is a course record.",
	  { "She finished the marathon in 2:03:45.", "That is a course record." } },
	{ "He ended the season ranked No. 1. His rival finished second.",
	  { "He ended the season ranked No. 1.", "His rival finished second." } },
	{ "The forecast for 2023 was 4.5. For 2024 it is 4.8.",
	  { "The forecast for 2023 was 4.5.", "For 2024 it is 4.8." } },
	{ "Apollo 11 landed on July 20, 1969. Armstrong stepped out hours later.",
	  { "Apollo 11 landed on July 20, 1969.", "Armstrong stepped out hours later." } },
	{ "The Dow rose 1.3% to 38,120.45 on Friday.",
	  { "The Dow rose 1.3% to 38,120.45 on Friday." } },
	{ "The 19th Amendment was ratified in 1920. Women voted that November.",
	  { "The 19th Amendment was ratified in 1920.", "Women voted that November." } },
	{ "The plan calls for 2.5 million new homes by 2030. Critics say that is unrealistic.",
	  { "The plan calls for 2.5 million new homes by 2030.",
	    "Critics say that is unrealistic." } },
	{ "Turnout was 61.4% in 2020 and 66.8% in 2024.",
	  { "Turnout was 61.4% in 2020 and 66.8% in 2024." } },
	{ "Interest rates were cut by 0.25 points. It was the third cut this year.",
	  { "Interest rates were cut by 0.25 points.",
	    "It was the third cut this year." } },
	{ "The 2.4-liter engine was dropped from the lineup in 2019.",
	  { "The 2.4-liter engine was dropped from the lineup in 2019." } },
};

/* ------------------------------------------------------------------ */
/* 4. Quotes and brackets                                              */
/* ------------------------------------------------------------------ */

static const struct split_case quote_cases[] = {
	{ LQ "We will not back down from this conflict." RQ " Then he left the stage.",
	  { LQ "We will not back down from this conflict." RQ,
	    "Then he left the stage." } },
	{ LQ "It was never about the money," RQ " she said. " LQ "It was about respect." RQ,
	  { LQ "It was never about the money," RQ " she said.",
	    LQ "It was about respect." RQ } },
	{ LQ "This is not the end of the conflict," RQ " as the minister put it, " LQ "but a pause." RQ,
	  { LQ "This is not the end of the conflict," RQ " as the minister put it, " LQ "but a pause." RQ } },
	{ "(Was anyone surprised?) The vote went exactly as expected.",
	  { "(Was anyone surprised?)", "The vote went exactly as expected." } },
	{ "Reporters asked the obvious question (why now?). Nobody answered.",
	  { "Reporters asked the obvious question (why now?).", "Nobody answered." } },
	{ "\"Get out of the building!\" the officer shouted. People began to run.",
	  { "\"Get out of the building!\" the officer shouted.", "People began to run." } },
	{ "\"We won!\" Fans poured into the streets after the final whistle.",
	  { "\"We won!\"", "Fans poured into the streets after the final whistle." } },
	{ "She shouted " LQ "Stop!" RQ " and the driver braked.",
	  { "She shouted " LQ "Stop!" RQ " and the driver braked." } },
	{ "The agency (the FDA [Food and Drug Administration]) approved the drug. Sales began in June.",
	  { "The agency (the FDA [Food and Drug Administration]) approved the drug.",
	    "Sales began in June." } },
	{ "The mayor resigned on Friday. (She had served two terms.) A successor will be named next week.",
	  { "The mayor resigned on Friday.", "(She had served two terms.)",
	    "A successor will be named next week." } },
	{ "The senator (who chairs the panel) objected. Two others agreed with him.",
	  { "The senator (who chairs the panel) objected.", "Two others agreed with him." } },
	{ "He called the plan 'a disaster.' The vote was delayed.",
	  { "He called the plan 'a disaster.'", "The vote was delayed." } },
	{ "The paper described the ruling as " LSQ "a turning point." RSQ " Others were less sure.",
	  { "The paper described the ruling as " LSQ "a turning point." RSQ,
	    "Others were less sure." } },
	{ LQ "Are you serious?" RQ " asked the judge.",
	  { LQ "Are you serious?" RQ " asked the judge." } },
	{ LQ "Are you serious?" RQ " The judge looked up from his notes.",
	  { LQ "Are you serious?" RQ, "The judge looked up from his notes." } },
	{ "The chief executive said the firm was " LQ "fully committed." RQ " Its shares rose 2 percent.",
	  { "The chief executive said the firm was " LQ "fully committed." RQ,
	    "Its shares rose 2 percent." } },
	{ LQ "He [the governor] knew about it," RQ " the aide said.",
	  { LQ "He [the governor] knew about it," RQ " the aide said." } },
	{ "The report (see page 4) lists the costs. They are high.",
	  { "The report (see page 4) lists the costs.", "They are high." } },
	{ "The results (p < 0.05) were significant. The authors urged caution.",
	  { "The results (p < 0.05) were significant.", "The authors urged caution." } },
	/* A bracketed remark opening with a relative pronoun comments on
	 * the sentence before it and stays with it; others stand alone. */
	{ "The levy passed with 58 percent! (Which surprised nobody at the "
	  "library.) Turnout was high.",
	  { "The levy passed with 58 percent! (Which surprised nobody at the "
	    "library.)", "Turnout was high." } },
	{ "The mayor spoke last. (She had asked to.) The meeting ended at nine.",
	  { "The mayor spoke last.", "(She had asked to.)",
	    "The meeting ended at nine." } },
	/* A stop after the closing bracket puts the bracket inside the
	 * sentence before it: a citation after a quotation. */
	{ LQ "Rivers carve [...] the softest rock first [...]" RQ " (Okafor 112). "
	  "Geologists have long agreed.",
	  { LQ "Rivers carve [...] the softest rock first [...]" RQ " (Okafor 112).",
	    "Geologists have long agreed." } },
	{ LQ "The harvest failed." RQ " (Marsh, ch. 3). Prices doubled that winter.",
	  { LQ "The harvest failed." RQ " (Marsh, ch. 3).",
	    "Prices doubled that winter." } },
	{ "Was the vote fair? (Lind 2019)! Nobody asked again.",
	  { "Was the vote fair? (Lind 2019)!", "Nobody asked again." } },
	/* ... but a bracket that holds its own stop is a sentence. */
	{ "The fund closed in May. (It had lost money for years.). A new one opened.",
	  { "The fund closed in May.", "(It had lost money for years.).",
	    "A new one opened." } },
	{ "Crews found the leak on Monday. (Who reported it is not known.) "
	  "Repairs begin today.",
	  { "Crews found the leak on Monday. (Who reported it is not known.)",
	    "Repairs begin today." } },
	/* An apostrophe is not an opening quote. */
	{ "The players' union rejected the offer. Talks resume on Monday.",
	  { "The players' union rejected the offer.", "Talks resume on Monday." } },
	{ "\"Why now?\" he asked.",
	  { "\"Why now?\" he asked." } },
	{ LQ "The vote is final." RQ " " LQ "We accept it," RQ " the rival camp said.",
	  { LQ "The vote is final." RQ, LQ "We accept it," RQ " the rival camp said." } },
	{ "The crowd (some 40,000 strong!) cheered for an hour.",
	  { "The crowd (some 40,000 strong!) cheered for an hour." } },
	{ "The film ends with a twist (no spoilers here). It opens Friday.",
	  { "The film ends with a twist (no spoilers here).", "It opens Friday." } },
	{ "The so-called " LQ "Gang of Eight" RQ " met again. Their bill died in committee.",
	  { "The so-called " LQ "Gang of Eight" RQ " met again.",
	    "Their bill died in committee." } },
	{ "The company (Acme Corp.) denied any wrongdoing.",
	  { "The company (Acme Corp.) denied any wrongdoing." } },
	{ "The budget passed. (Two members abstained.)",
	  { "The budget passed.", "(Two members abstained.)" } },
	{ "The question " MDASH " " LQ "Who pays?" RQ " " MDASH " went unanswered.",
	  { "The question " MDASH " " LQ "Who pays?" RQ " " MDASH " went unanswered." } },
	{ "He said he had \"no idea.\" Investigators did not believe him.",
	  { "He said he had \"no idea.\"", "Investigators did not believe him." } },
	{ "The ministry's statement (issued late Friday) said nothing about casualties. Aid groups said at least 40 people had died.",
	  { "The ministry's statement (issued late Friday) said nothing about casualties.",
	    "Aid groups said at least 40 people had died." } },
	{ "Asked about the timing, she said: " LQ "Why not now?" RQ " She did not elaborate.",
	  { "Asked about the timing, she said: " LQ "Why not now?" RQ,
	    "She did not elaborate." } },
	{ "The sign on the door read " LQ "Closed for repairs." RQ,
	  { "The sign on the door read " LQ "Closed for repairs." RQ } },
	/* A quotation that opens its sentence with a question or an
	 * exclamation, then the speaker's name and a verb of saying: its
	 * attribution, in the sentence.  A pronoun with a capital, a verb
	 * that says nothing, a period in the quotation, or a quotation
	 * after words of the sentence: a new one. */
	{ LQ "Where is the ferry?" RQ " Tomasz asked. The clerk pointed east.",
	  { LQ "Where is the ferry?" RQ " Tomasz asked.", "The clerk pointed east." } },
	{ "'Run!' Aunt Hilde shouted at the children. They ran.",
	  { "'Run!' Aunt Hilde shouted at the children.", "They ran." } },
	{ "\"Is it raining?\" She looked out of the window.",
	  { "\"Is it raining?\"", "She looked out of the window." } },
	{ "\"Is it raining?\" Marta opened the window.",
	  { "\"Is it raining?\"", "Marta opened the window." } },
	{ "\"The shop is closed.\" Marta said it twice.",
	  { "\"The shop is closed.\"", "Marta said it twice." } },
	{ "The driver only asked " LQ "Which way?" RQ " Lena said nothing.",
	  { "The driver only asked " LQ "Which way?" RQ, "Lena said nothing." } },
	{ "\"Who left the gate open?\" Bruno, the farmer, wanted to know.",
	  { "\"Who left the gate open?\"", "Bruno, the farmer, wanted to know." } },
	/* A straight double quote between two Hebrew letters opens
	 * nothing: it marks an acronym, as Hebrew types its gershayim ("the IDF
	 * spokesman said the operation was over.  He added that \"there
	 * were no casualties\"."). */
	{ "דובר צה\"ל אמר שהמבצע הסתיים. הוא הוסיף כי \"אין נפגעים\".",
	  { "דובר צה\"ל אמר שהמבצע הסתיים.", "הוא הוסיף כי \"אין נפגעים\"." } },
};

/* ------------------------------------------------------------------ */
/* 5. Ellipses                                                         */
/* ------------------------------------------------------------------ */

static const struct split_case ellipsis_cases[] = {
	{ "The senator paused... then changed the subject.",
	  { "The senator paused... then changed the subject." } },
	{ "The senator paused... The room went quiet.",
	  { "The senator paused...", "The room went quiet." } },
	{ "We waited" ELL " and waited.",
	  { "We waited" ELL " and waited." } },
	{ "The line went dead" ELL " Nobody called back.",
	  { "The line went dead" ELL, "Nobody called back." } },
	{ LQ "I don" RSQ "t know" ELL RQ " she said, her voice trailing off.",
	  { LQ "I don" RSQ "t know" ELL RQ " she said, her voice trailing off." } },
	{ LQ "I don" RSQ "t know" ELL RQ " Then she hung up.",
	  { LQ "I don" RSQ "t know" ELL RQ, "Then she hung up." } },
	/* Elisions inside a quotation. */
	{ "The law says officials " LQ "may ... remove any member" RQ " at will.",
	  { "The law says officials " LQ "may ... remove any member" RQ " at will." } },
	{ "The statement read: " LQ "We regret ... the loss of life." RQ,
	  { "The statement read: " LQ "We regret ... the loss of life." RQ } },
	{ "The mayor said the city would " LQ "look at all options " ELL " including a tax increase." RQ,
	  { "The mayor said the city would " LQ "look at all options " ELL " including a tax increase." RQ } },
	{ "And then... nothing. The phone never rang again.",
	  { "And then... nothing.", "The phone never rang again." } },
	{ "Wait for it" ELL " Boom. The old tower came down in seconds.",
	  { "Wait for it" ELL, "Boom.", "The old tower came down in seconds." } },
	{ "Is this the end...? Nobody knows.",
	  { "Is this the end...?", "Nobody knows." } },
	{ "He said the project was " LQ "on track..." RQ " The auditors disagreed.",
	  { "He said the project was " LQ "on track..." RQ, "The auditors disagreed." } },
	{ "The list included wheat, corn, soybeans ... and cotton.",
	  { "The list included wheat, corn, soybeans ... and cotton." } },
	{ ELL "and that was the last anyone saw of him.",
	  { ELL "and that was the last anyone saw of him." } },
	{ "To be continued...",
	  { "To be continued..." } },
	{ "The countdown went on: 3, 2, 1... Liftoff came at 9:32 a.m.",
	  { "The countdown went on: 3, 2, 1...", "Liftoff came at 9:32 a.m." } },
	{ "Prices rose 2.5%... then 3%... then 4%.",
	  { "Prices rose 2.5%... then 3%... then 4%." } },
	{ "I wonder" ELL " Is it worth it?",
	  { "I wonder" ELL, "Is it worth it?" } },
	{ LQ "Well" ELL "," RQ " he began, then stopped.",
	  { LQ "Well" ELL "," RQ " he began, then stopped." } },
	{ "The message broke off: " LQ "Tell my family that I" ELL RQ " It was never finished.",
	  { "The message broke off: " LQ "Tell my family that I" ELL RQ,
	    "It was never finished." } },
	{ "The speech was long ... very long. Some left early.",
	  { "The speech was long ... very long.", "Some left early." } },
	{ "Sales were flat in the spring... By autumn they had doubled.",
	  { "Sales were flat in the spring...", "By autumn they had doubled." } },
	{ "The answer, he said, was " LQ "maybe" ELL " maybe not." RQ,
	  { "The answer, he said, was " LQ "maybe" ELL " maybe not." RQ } },
	/* Spaced periods, as some newspapers set an ellipsis: three inside a
	 * sentence, four at its end. */
	{ "The witness said she saw the car . . . and then ran.",
	  { "The witness said she saw the car . . . and then ran." } },
	{ "The memo ended abruptly . . . . The rest had been redacted.",
	  { "The memo ended abruptly . . . .", "The rest had been redacted." } },
};

/* ------------------------------------------------------------------ */
/* 6. Datelines (the lines of a text are in check_paragraphs.c)        */
/* ------------------------------------------------------------------ */

/* Datelines belong to the first sentence. */
static const struct split_case dateline_cases[] = {
	{ "WASHINGTON (AP) " MDASH " The Senate passed the bill 61-39 on Thursday. It now goes to the president.",
	  { "WASHINGTON (AP) " MDASH " The Senate passed the bill 61-39 on Thursday.",
	    "It now goes to the president." } },
	{ "LONDON (Reuters) - British retail sales fell 1.2% in March, official data showed on Friday.",
	  { "LONDON (Reuters) - British retail sales fell 1.2% in March, official data showed on Friday." } },
	{ "SPRINGFIELD, Ill. (AP) " MDASH " A state judge blocked the new law on Monday. The attorney general said the state would appeal.",
	  { "SPRINGFIELD, Ill. (AP) " MDASH " A state judge blocked the new law on Monday.",
	    "The attorney general said the state would appeal." } },
	{ "NEW YORK, March 3 (Reuters) - Wall Street closed higher on Monday, led by technology shares.",
	  { "NEW YORK, March 3 (Reuters) - Wall Street closed higher on Monday, led by technology shares." } },
	{ "TOKYO " MDASH " Japan's economy shrank in the third quarter. Exports fell sharply.",
	  { "TOKYO " MDASH " Japan's economy shrank in the third quarter.",
	    "Exports fell sharply." } },
	{ "Quake Shakes Peru\n\nLIMA, Peru (AP) " MDASH " A magnitude 6.1 earthquake shook central Peru on Sunday. No deaths were reported.\n",
	  { "Quake Shakes Peru",
	    "LIMA, Peru (AP) " MDASH " A magnitude 6.1 earthquake shook central Peru on Sunday.",
	    "No deaths were reported." } },
};

/* ------------------------------------------------------------------ */
/* 7. Web addresses, e-mail, file names, handles                       */
/* ------------------------------------------------------------------ */

static const struct split_case web_cases[] = {
	{ "Details are posted at https://example.com/report.html. The site was updated on Monday.",
	  { "Details are posted at https://example.com/report.html.",
	    "The site was updated on Monday." } },
	{ "The filing is at https://www.sec.gov/cgi-bin/browse?action=getcompany&CIK=0001234. It runs to 90 pages.",
	  { "The filing is at https://www.sec.gov/cgi-bin/browse?action=getcompany&CIK=0001234.",
	    "It runs to 90 pages." } },
	{ "The form is at https://example.com/a.b?c=d. It takes about five minutes to fill in.",
	  { "The form is at https://example.com/a.b?c=d.",
	    "It takes about five minutes to fill in." } },
	/* An address ends the sentence; a capitalised noun opens the next. */
	{ "The form is at https://example.com/a.b?c=d. Officials say it takes five minutes.",
	  { "The form is at https://example.com/a.b?c=d.",
	    "Officials say it takes five minutes." } },
	{ "The full text is at http://example.org/path/page.html?id=7#Section2 for anyone who wants it.",
	  { "The full text is at http://example.org/path/page.html?id=7#Section2 for anyone who wants it." } },
	{ "The report (https://example.com/r.pdf) was released Monday. Critics pounced.",
	  { "The report (https://example.com/r.pdf) was released Monday.", "Critics pounced." } },
	{ "https://example.com is down. Engineers are working on it.",
	  { "https://example.com is down.", "Engineers are working on it." } },
	{ "Email jane.doe@example.org for a copy. Requests are free.",
	  { "Email jane.doe@example.org for a copy.", "Requests are free." } },
	{ "Send comments to jane.doe@example.org. Officials will reply within a week.",
	  { "Send comments to jane.doe@example.org.",
	    "Officials will reply within a week." } },
	{ "Contact Dr. Lee at m.lee@univ.example.edu. She replies within a day.",
	  { "Contact Dr. Lee at m.lee@univ.example.edu.", "She replies within a day." } },
	{ "Send tips to news@example.com. We read every one.",
	  { "Send tips to news@example.com.", "We read every one." } },
	{ "The data are in report.pdf and data.v2.csv on the agency's website.",
	  { "The data are in report.pdf and data.v2.csv on the agency's website." } },
	{ "Download the file data.v2.csv. It is updated weekly.",
	  { "Download the file data.v2.csv.", "It is updated weekly." } },
	{ "Researchers published the raw numbers as data.v2.csv. Critics found errors within hours.",
	  { "Researchers published the raw numbers as data.v2.csv.",
	    "Critics found errors within hours." } },
	{ "Run setup.exe and restart the computer. The update takes minutes.",
	  { "Run setup.exe and restart the computer.", "The update takes minutes." } },
	{ "The leaked file, budget_2024.xlsx, was posted online. Officials confirmed it was genuine.",
	  { "The leaked file, budget_2024.xlsx, was posted online.",
	    "Officials confirmed it was genuine." } },
	{ "Shares of Amazon.com rose 2% on Tuesday.",
	  { "Shares of Amazon.com rose 2% on Tuesday." } },
	{ "Amazon.com Inc. reported record sales. The stock jumped.",
	  { "Amazon.com Inc. reported record sales.", "The stock jumped." } },
	{ "Most of the books were sold through Amazon.com. Independent stores lost ground.",
	  { "Most of the books were sold through Amazon.com.",
	    "Independent stores lost ground." } },
	{ "Forms are available at www.example.gov. Paper copies can be mailed on request.",
	  { "Forms are available at www.example.gov.",
	    "Paper copies can be mailed on request." } },
	{ "The agency's website, cdc.gov, was briefly down. It came back by noon.",
	  { "The agency's website, cdc.gov, was briefly down.", "It came back by noon." } },
	{ "She pushed the fix to github.com/acme/tools. It was merged within an hour.",
	  { "She pushed the fix to github.com/acme/tools.", "It was merged within an hour." } },
	{ "Python 3.12 and Node.js 20 are supported.",
	  { "Python 3.12 and Node.js 20 are supported." } },
	{ "The attack came from 192.168.1.10. It was blocked within minutes.",
	  { "The attack came from 192.168.1.10.", "It was blocked within minutes." } },
	{ "Follow @NWS for updates. The storm is moving east.",
	  { "Follow @NWS for updates.", "The storm is moving east." } },
	{ "The post was shared by @jdoe. It has since been deleted.",
	  { "The post was shared by @jdoe.", "It has since been deleted." } },
	{ "Protesters tagged @UN in their posts. The march drew thousands.",
	  { "Protesters tagged @UN in their posts.", "The march drew thousands." } },
	{ "The hashtag #MeToo spread quickly. Millions of women used it.",
	  { "The hashtag #MeToo spread quickly.", "Millions of women used it." } },
	{ "Search for #Election2024. Results vary by state.",
	  { "Search for #Election2024.", "Results vary by state." } },
	{ "Shares of Yahoo! fell 3 percent.",
	  { "Shares of Yahoo! fell 3 percent." } },
};

/* ------------------------------------------------------------------ */
/* 8. Sentences run together                                           */
/* ------------------------------------------------------------------ */

static const struct split_case glued_cases[] = {
	{ "The vote was close.Critics said it was rigged.",
	  { "The vote was close.", "Critics said it was rigged." } },
	{ "He left early.The meeting went on without him.",
	  { "He left early.", "The meeting went on without him." } },
	{ "The plan was approved.It takes effect in May.",
	  { "The plan was approved.", "It takes effect in May." } },
	{ "Rain fell.Rivers rose.Roads closed.",
	  { "Rain fell.", "Rivers rose.", "Roads closed." } },
	{ "The team won.Fans celebrated downtown until dawn.",
	  { "The team won.", "Fans celebrated downtown until dawn." } },
	{ "The company was founded in 2020.The founders met at college.",
	  { "The company was founded in 2020.", "The founders met at college." } },
	{ "What happens next?Nobody knows.",
	  { "What happens next?", "Nobody knows." } },
	{ "He said " LQ "no." RQ "The talks ended there.",
	  { "He said " LQ "no." RQ, "The talks ended there." } },
	/* Abbreviations, initials and lower case do not split. */
	{ "Use a common fruit, e.g.the apple, as a sample.",
	  { "Use a common fruit, e.g.the apple, as a sample." } },
	{ "The award went to Mr.Smith for his work.",
	  { "The award went to Mr.Smith for his work." } },
	{ "Dr.Jones saw the patient on Monday.",
	  { "Dr.Jones saw the patient on Monday." } },
	{ "The order came from Gen.Milley himself.",
	  { "The order came from Gen.Milley himself." } },
	{ "Prof.Alvarez led the study.",
	  { "Prof.Alvarez led the study." } },
	{ "She flew to St.Louis on Friday.",
	  { "She flew to St.Louis on Friday." } },
	{ "J.K.Rowling wrote the first book in Edinburgh.",
	  { "J.K.Rowling wrote the first book in Edinburgh." } },
	{ "The notes are in minutes.txt on the shared drive.",
	  { "The notes are in minutes.txt on the shared drive." } },
};

/* The full stops, question and exclamation marks and dandas that
 * Unicode counts as sentence terminators end sentences, in their scripts
 * and in Latin's (‼ ⁉ ‽), before a space or glued to the next letter;
 * its terminators that end less (Myanmar's little section, Javanese's
 * pada lingsa: commas) do not. */
static const struct split_case terminator_cases[] = {
	{ "You sold the house\xE2\x81\x89 We never knew\xE2\x80\xBC What now\xE2\x80\xBD",
	  { "You sold the house\xE2\x81\x89", "We never knew\xE2\x80\xBC",
	    "What now\xE2\x80\xBD" } },
	{ "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ᠃ ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠃",
	  { "ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ᠃", "ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ᠃" } },
	{ "ᱥᱟᱱᱛᱟᱲᱤ ᱯᱟᱹᱨᱥᱤ᱾ ᱚᱞ ᱪᱤᱠᱤ ᱟᱠᱷᱚᱨ᱾",
	  { "ᱥᱟᱱᱛᱟᱲᱤ ᱯᱟᱹᱨᱥᱤ᱾", "ᱚᱞ ᱪᱤᱠᱤ ᱟᱠᱷᱚᱨ᱾" } },
	{ "ꯃꯅꯤꯄꯨꯔ ꯂꯣꯟ꯫ ꯃꯤꯇꯩ ꯃꯌꯦꯛ꯫",
	  { "ꯃꯅꯤꯄꯨꯔ ꯂꯣꯟ꯫", "ꯃꯤꯇꯩ ꯃꯌꯦꯛ꯫" } },
	{ "ꦲꦏꦸ ꦩꦔꦤ꧉ꦏꦺꦴꦮꦺ ꦱꦶꦥꦶ꧉",
	  { "ꦲꦏꦸ ꦩꦔꦤ꧉", "ꦏꦺꦴꦮꦺ ꦱꦶꦥꦶ꧉" } },
	{ "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ᙮ ᐃᓄᐃᑦ ᑐᓴᐅᒪᔪᑦ᙮",
	  { "ᐃᓄᒃᑎᑐᑦ ᐅᖃᐅᓯᖅ᙮", "ᐃᓄᐃᑦ ᑐᓴᐅᒪᔪᑦ᙮" } },
	{ "ߒߞߏ ߞߊ߲߫ ߘߌ߹ ߊ߬ ߞߍ߫ ߞߘߐ߹",
	  { "ߒߞߏ ߞߊ߲߫ ߘߌ߹", "ߊ߬ ߞߍ߫ ߞߘߐ߹" } },
	{ "ꓡꓲ-ꓢꓴ ꓬꓲ꓿ ꓐꓳ ꓟꓽ꓿",
	  { "ꓡꓲ-ꓢꓴ ꓬꓲ꓿", "ꓐꓳ ꓟꓽ꓿" } },
	{ "今日は晴れ｡明日は雨｡", { "今日は晴れ｡", "明日は雨｡" } },
	{ "ကျွန်တော်၊ သူ။", { "ကျွန်တော်၊ သူ။" } },
	{ "ꦲꦏꦸ꧈ ꦏꦺꦴꦮꦺ꧉", { "ꦲꦏꦸ꧈ ꦏꦺꦴꦮꦺ꧉" } },
};

/* A name that keeps its small first letter at the head of a sentence
 * ("iPhone", "eBay") may open one after a stop; after an abbreviation,
 * whose evidence is about capitalised words, it goes on, and so does a
 * word all in lower case. */
static const struct split_case lower_name_cases[] = {
	{ "The shop closed its doors in March. eBay now sells most of its stock.",
	  { "The shop closed its doors in March.", "eBay now sells most of its stock." } },
	{ "Phones were the best sellers. iPhones made up half of them.",
	  { "Phones were the best sellers.", "iPhones made up half of them." } },
	{ "Was the vaccine ready? mRNA designs had been tested for years.",
	  { "Was the vaccine ready?", "mRNA designs had been tested for years." } },
	{ "The review compared Android vs. iOS on older phones.",
	  { "The review compared Android vs. iOS on older phones." } },
	{ "The reading was taken at noon. pH values stayed near seven.",
	  { "The reading was taken at noon.", "pH values stayed near seven." } },
	{ "The stall sold cheese, bread etc. and some fruit.",
	  { "The stall sold cheese, bread etc. and some fruit." } },
};

/* A broken character (a first byte without the bytes it promises) right
 * before a stop hides no sentence end. */
static const struct split_case broken_cases[] = {
	{ "The vote was close\xE3. The count went on.",
	  { "The vote was close\xE3.", "The count went on." } },
	{ "Rain fell\xEF! Roads closed.",
	  { "Rain fell\xEF!", "Roads closed." } },
	{ "Rain fell \xE9\xA1. Roads closed at noon.",
	  { "Rain fell \xE9\xA1.", "Roads closed at noon." } },
	{ "\xE4\xBC\x9A\xE8\xAE\xAE\xE7\xBB\x93\xE6\x9D\x9F\xE3"
	  "\xE3\x80\x82\xE6\x8A\x95\xE7\xA5\xA8\xE5\xBC\x80\xE5\xA7\x8B"
	  "\xE3\x80\x82",                 /* 会议结束?。投票开始。 */
	  { "\xE4\xBC\x9A\xE8\xAE\xAE\xE7\xBB\x93\xE6\x9D\x9F\xE3"
	    "\xE3\x80\x82",
	    "\xE6\x8A\x95\xE7\xA5\xA8\xE5\xBC\x80\xE5\xA7\x8B"
	    "\xE3\x80\x82" } },
};

#include "check_sentences.inc"

/* ------------------------------------------------------------------ */
/* The check                                                           */
/* ------------------------------------------------------------------ */

/* Appends S (N bytes) to BUF (SIZE bytes, *LEN used) as a quoted list
 * item, truncating when the buffer is full. */
static void append(char *buf, size_t size, size_t *len, const char *s,
                   size_t n)
{
	int w = snprintf(buf + *len, size - *len, "%s\"%.*s\"",
	                 *len ? " | " : "", (int)n, s);

	if (w > 0)
		*len += (size_t)w < size - *len ? (size_t)w : size - *len - 1;
}

/* Parses case I of table NAME and compares its sentences, folded, with
 * the expected ones; on a mismatch reports both lists whole. */
void check_split_case(const struct split_case *c, const char *name, int i)
{
	char want[8192], got[8192];
	size_t wlen = 0, glen = 0, nwant, n, k;
	summ_doc *doc;
	const char *text;
	int same;

	want[0] = got[0] = '\0';
	for (nwant = 0; nwant < MAX_SENT && c->sent[nwant]; nwant++)
		append(want, sizeof want, &wlen, c->sent[nwant],
		       strlen(c->sent[nwant]));
	ck_assert_int_eq(summ_parse(c->text, strlen(c->text), &doc), SUMM_OK);
	text = summ_text(doc, &n);
	n = summ_sentence_count(doc);
	same = n == nwant;
	for (k = 0; k < n; k++) {
		summ_sentence one = summ_sentence_at(doc, k), *s = &one;
		char *buf = malloc(s->length + 1);
		size_t len;

		if (!buf)
			break;
		len = summ_fold(text + s->offset, s->length, buf);
		buf[len] = '\0';
		if (k >= nwant || strcmp(buf, c->sent[k]) != 0)
			same = 0;
		append(got, sizeof got, &glen, buf, len);
		free(buf);
	}
	summ_free(doc);
	ck_assert_msg(k == n, "%s %d: out of memory", name, i);
	ck_assert_msg(same, "%s %d:\n  want %s\n  got  %s", name, i, want, got);
}

#define NCASES(t) ((int)(sizeof t / sizeof *t))

START_TEST(test_basics)
{
	check_split_case(&basic_cases[_i], "basics", _i);
}
END_TEST

START_TEST(test_abbreviations)
{
	check_split_case(&abbrev_cases[_i], "abbreviations_titles", _i);
}
END_TEST

START_TEST(test_initials)
{
	check_split_case(&initial_cases[_i], "initials_names", _i);
}
END_TEST

START_TEST(test_numbers)
{
	check_split_case(&number_cases[_i], "numbers", _i);
}
END_TEST

START_TEST(test_quotes)
{
	check_split_case(&quote_cases[_i], "quotes_brackets", _i);
}
END_TEST

START_TEST(test_ellipses)
{
	check_split_case(&ellipsis_cases[_i], "ellipses", _i);
}
END_TEST

START_TEST(test_datelines)
{
	check_split_case(&dateline_cases[_i], "datelines", _i);
}
END_TEST

START_TEST(test_web)
{
	check_split_case(&web_cases[_i], "web_code", _i);
}
END_TEST

START_TEST(test_evidence)
{
	check_split_case(&evidence_cases[_i], "evidence", _i);
}
END_TEST

START_TEST(test_title_after)
{
	check_split_case(&title_after_cases[_i], "title_after", _i);
}
END_TEST

START_TEST(test_lists)
{
	check_split_case(&list_cases[_i], "lists", _i);
}
END_TEST

START_TEST(test_spaced_ellipses)
{
	check_split_case(&spaced_ellipsis_cases[_i], "spaced_ellipses", _i);
}
END_TEST

START_TEST(test_glued)
{
	check_split_case(&glued_cases[_i], "glued", _i);
}
END_TEST

START_TEST(test_terminators)
{
	check_split_case(&terminator_cases[_i], "terminator", _i);
}
END_TEST

START_TEST(test_lower_names)
{
	check_split_case(&lower_name_cases[_i], "lower_names", _i);
}
END_TEST

START_TEST(test_broken)
{
	check_split_case(&broken_cases[_i], "broken_characters", _i);
}
END_TEST

/* The splitter's scan stops at the first byte of each multi-byte
 * character it looks at (chars_that_stop), and passes over the letters
 * of other scripts, most of a Chinese or Russian text, and those that
 * share a first byte with a stop (kana, Devanagari, Thai, Vietnamese):
 * found past 16 bytes (a step of the scan) and in the last ones. */
static size_t scan_stop(const char *letter)
{
	char text[64];
	int n = snprintf(text, sizeof text, "the sixteen bytes%sand after",
	                 letter);

	return skip_plain((const unsigned char *)text, 0, (size_t)n, STOP_ANY);
}

START_TEST(test_stop_bytes)
{
	static const char *const letters[] = {
		"\xE4\xB8\xAD", "\xD1\x8F", "\xC3\xA9", "\xC3\x9F",
		"\xD7\xA2", "\xCE\xB1",
		"あ", "カ", "क", "ก", "ạ", "ế", "€", "ﬁ", /* first bytes of stops */
		"가", "ꦲ"
	};
	const size_t at = strlen("the sixteen bytes");
	uint64_t seconds[64] = { 0 };

	for (size_t i = 0; i < sizeof chars_that_stop / sizeof *chars_that_stop;
	     i++) {
		uint32_t c = chars_that_stop[i];
		char u[5] = { 0 };
		u8_encode(c, u);
		ck_assert_msg(scan_stop(u) == at, "U+%04X passed over", (unsigned)c);
		if ((unsigned char)u[0] >= 0xC0)
			seconds[(unsigned char)u[0] - 0xC0] |=
				UINT64_C(1) << ((unsigned char)u[1] - 0x80);
	}
	for (size_t i = 0; i < sizeof letters / sizeof *letters; i++)
		ck_assert_msg(scan_stop(letters[i]) > at, "letter %zu stops", i);
	/* Every stop of OTHER_STOPS is one to is_script_stop (whose
	 * search passes over the gaps between them untried). */
	{
		static const uint32_t others[] = { OTHER_STOPS };
		for (size_t i = 0; i < sizeof others / sizeof *others; i++)
			ck_assert_msg(is_script_stop(others[i]),
			              "U+%04X not a stop", (unsigned)others[i]);
	}
	/* Every stop of is_script_stop is in the list. */
	for (uint32_t c = 0x80; c < 0x20000; c++) {
		char u[5] = { 0 };
		if (!is_script_stop(c))
			continue;
		u8_encode(c, u);
		ck_assert_msg(scan_stop(u) == at, "stop U+%04X passed over",
		              (unsigned)c);
	}
	/* The second bytes told apart are those of the list, no more. */
	for (size_t i = 0; i < 64; i++)
		ck_assert_msg(stop_seconds[i] == seconds[i],
		              "first byte 0x%zX: second bytes differ", i + 0xC0);
}
END_TEST

/* Any bytes are accepted; the offsets stay inside the input. */
START_TEST(test_any_bytes)
{
	char text[4096];
	summ_doc *doc;
	unsigned seed = 1;

	for (size_t i = 0; i < sizeof text; i++) {
		seed = seed * 1103515245 + 12345;
		text[i] = (char)(seed >> 16);
	}
	ck_assert_int_eq(summ_parse(text, sizeof text, &doc), SUMM_OK);
	for (size_t k = 0; k < summ_sentence_count(doc); k++) {
		summ_sentence s = summ_sentence_at(doc, k);
		ck_assert_uint_le(s.offset + s.length, sizeof text);
		ck_assert_uint_gt(s.length, 0);
	}
	summ_free(doc);
}
END_TEST

/* One TCase per table, named after it. */
#define ADD_TABLE(s, name, test, table) do { \
		TCase *tc_ = tcase_create(name); \
		tcase_add_loop_test(tc_, test, 0, NCASES(table)); \
		suite_add_tcase(s, tc_); \
	} while (0)

Suite *sentences_suite(void)
{
	Suite *s = suite_create("sentences");
	TCase *tc = tcase_create("any_bytes");

	ADD_TABLE(s, "basics", test_basics, basic_cases);
	ADD_TABLE(s, "abbreviations_titles", test_abbreviations, abbrev_cases);
	ADD_TABLE(s, "initials_names", test_initials, initial_cases);
	ADD_TABLE(s, "numbers", test_numbers, number_cases);
	ADD_TABLE(s, "quotes_brackets", test_quotes, quote_cases);
	ADD_TABLE(s, "ellipses", test_ellipses, ellipsis_cases);
	ADD_TABLE(s, "datelines", test_datelines, dateline_cases);
	ADD_TABLE(s, "web_code", test_web, web_cases);
	ADD_TABLE(s, "glued", test_glued, glued_cases);
	ADD_TABLE(s, "terminator", test_terminators, terminator_cases);
	ADD_TABLE(s, "lower_names", test_lower_names, lower_name_cases);
	ADD_TABLE(s, "evidence", test_evidence, evidence_cases);
	ADD_TABLE(s, "title_after", test_title_after, title_after_cases);
	ADD_TABLE(s, "lists", test_lists, list_cases);
	ADD_TABLE(s, "spaced_ellipses", test_spaced_ellipses,
	          spaced_ellipsis_cases);
	ADD_TABLE(s, "broken_characters", test_broken, broken_cases);
	tcase_add_test(tc, test_any_bytes);
	tcase_add_test(tc, test_stop_bytes);
	suite_add_tcase(s, tc);
	return s;
}
