/* check_paragraphs.c - engine/paragraphs.c: lines and paragraphs. */

/*
 * Each case is a text and the exact sentences expected (as --split
 * prints them: folded onto one line), here where the lines decide them:
 * headings, the title, hard-wrapped text, a paragraph a line, lists,
 * line ends (LF, CRLF, lone CR), a byte-order mark, blank input.  Then
 * the line and column of a sentence (summ_locate), paragraph numbers,
 * and the stage's own functions (is_heading, text_start,
 * next_paragraph) through engine/paragraphs.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "../summarize.h"
#include "../engine/paragraphs.h"

#define MDASH  "\xE2\x80\x94"    /* em dash */
#define BULLET "\xE2\x80\xA2"

/* From the first unit tests of segmentation, the cases about lines. */
static const struct split_case basic_cases[] = {
	/* Headings: short lines without final punctuation; the first is
	 * the title. */
	{ "Renewing Dialogue\nThe meeting was long. It ended.\nA Heading\nMore text follows here.",
	  { "Renewing Dialogue", "The meeting was long.", "It ended.", "A Heading",
	    "More text follows here." } },
	/* A line ending in a comma continues on the next line. */
	{ "Significantly,\n\xE2\x80\x9C" "Dr. Chase stressed the need,\xE2\x80\x9D as stated.",
	  { "Significantly, \xE2\x80\x9C" "Dr. Chase stressed the need,\xE2\x80\x9D as stated." } },
	/* Hard-wrapped lines are joined; blank lines separate paragraphs. */
	{ "The bridge will close in March for repairs that were\n"
	  "ordered after inspectors found cracks in the steel beams of\n"
	  "the main span, officials said on Tuesday morning at a press\n"
	  "conference held at the city hall.\n\n"
	  "Traffic will be sent across the older Mill Street bridge in\n"
	  "the meantime, which the city says can carry the extra cars.\n",
	  { "The bridge will close in March for repairs that were ordered after "
	    "inspectors found cracks in the steel beams of the main span, officials "
	    "said on Tuesday morning at a press conference held at the city hall.",
	    "Traffic will be sent across the older Mill Street bridge in the "
	    "meantime, which the city says can carry the extra cars." } },
	/* A line ending in a function word runs on into the next. */
	{ "The committee met on Tuesday in\nWashington to discuss the budget.",
	  { "The committee met on Tuesday in Washington to discuss the budget." } },
	/* In wrapped text a line may start with a number or a quote. */
	{ "The council voted on Tuesday night for the budget plan that would\n"
	  "12 percent from the parks department and close two pools, the\n"
	  "\"a betrayal of the neighborhoods,\" one resident said after the\n"
	  "vote, which came after four hours of heated public testimony.\n"
	  "- A bullet item starts its own paragraph here.\n",
	  { "The council voted on Tuesday night for the budget plan that would 12 "
	    "percent from the parks department and close two pools, the \"a "
	    "betrayal of the neighborhoods,\" one resident said after the vote, "
	    "which came after four hours of heated public testimony.",
	    "- A bullet item starts its own paragraph here." } },
	/* CRLF, lone CR, a BOM, NUL bytes. */
	{ "\xEF\xBB\xBFTitle Here\r\nFirst sentence. Second one.\r\n",
	  { "Title Here", "First sentence.", "Second one." } },
	{ "Old Mac text.\rNext line here.", { "Old Mac text.", "Next line here." } },
	/* A stray continuation byte after a blank is kept (found by
	 * fuzzing: it went with the blank when trimming). */
	{ "Stray byte at the end \xA6", { "Stray byte at the end \xA6" } },
	/* Empty and blank input. */
	{ "", { NULL } },
	{ " \n\t\r\n  \n", { NULL } },
};

/* How a text's lines make paragraphs and headings, in news-style text
 * (the splitter's tables of check_sentences.c, moved here: datelines,
 * which are about sentences, stayed there). */
static const struct split_case line_cases[] = {
	/* Headings, bylines, credits. */
	{ "Storm Batters Coast\n\nHigh winds knocked out power to 40,000 homes. Schools were closed on Friday.\n",
	  { "Storm Batters Coast", "High winds knocked out power to 40,000 homes.",
	    "Schools were closed on Friday." } },
	{ "Budget Deal Reached\nBy Maria Lopez\nAssociated Press\n\n"
	  "Lawmakers reached a deal late Sunday. A vote is expected on Tuesday.\n",
	  { "Budget Deal Reached", "By Maria Lopez", "Associated Press",
	    "Lawmakers reached a deal late Sunday.", "A vote is expected on Tuesday." } },
	{ "WORLD NEWS\nThe summit ended without a deal. Leaders will meet again in June.\n",
	  { "WORLD NEWS", "The summit ended without a deal.",
	    "Leaders will meet again in June." } },
	{ "What Happens Next?\nThe court is expected to rule in June.\n",
	  { "What Happens Next?", "The court is expected to rule in June." } },
	{ "Analysis: Why the Fed Held Rates Steady\n\n"
	  "The central bank left rates unchanged on Wednesday. Markets rallied.\n",
	  { "Analysis: Why the Fed Held Rates Steady",
	    "The central bank left rates unchanged on Wednesday.", "Markets rallied." } },
	{ "The suspect was arrested on Friday.\nAdvertisement\nPolice said he had no prior record.\n",
	  { "The suspect was arrested on Friday.", "Advertisement",
	    "Police said he had no prior record." } },
	{ "Firefighters worked through the night.\nPhoto: Jane Roe/Getty Images\nThe fire was contained by morning.\n",
	  { "Firefighters worked through the night.", "Photo: Jane Roe/Getty Images",
	    "The fire was contained by morning." } },
	{ "The Fed meets again in June.\nRelated: How the Fed sets interest rates\nAnalysts expect no change.\n",
	  { "The Fed meets again in June.", "Related: How the Fed sets interest rates",
	    "Analysts expect no change." } },
	{ "Updated 10:42 a.m. ET, March 5, 2024\nThe strike entered its third week on Tuesday.\n",
	  { "Updated 10:42 a.m. ET, March 5, 2024",
	    "The strike entered its third week on Tuesday." } },
	{ "[Editor's note: This story has been updated with comment from the company.]\n"
	  "The company said the recall would cost $40 million.\n",
	  { "[Editor's note: This story has been updated with comment from the company.]",
	    "The company said the recall would cost $40 million." } },
	/* Source lines without final punctuation. */
	{ "The figures are preliminary and may be revised.\nSources: Bureau of Labor Statistics; U.S. Census Bureau\n",
	  { "The figures are preliminary and may be revised.",
	    "Sources: Bureau of Labor Statistics; U.S. Census Bureau" } },
	{ "Shares of the company rose 3 percent in early trading.\nReporting by Tom Hale; Editing by Ann Carr\n",
	  { "Shares of the company rose 3 percent in early trading.",
	    "Reporting by Tom Hale; Editing by Ann Carr" } },
	/* A whole article set a paragraph a line, with title and byline. */
	{ "Lawmakers Strike Late Deal on Spending\n"
	  "By Maria Lopez and Tom Hale, Associated Press\n"
	  "WASHINGTON (AP) " MDASH " Congressional leaders reached a deal late Sunday to avoid a shutdown.\n"
	  "The agreement funds the government through March and includes money for disaster aid.\n"
	  "Votes are expected in both chambers by Wednesday, aides said.\n",
	  { "Lawmakers Strike Late Deal on Spending",
	    "By Maria Lopez and Tom Hale, Associated Press",
	    "WASHINGTON (AP) " MDASH " Congressional leaders reached a deal late Sunday to avoid a shutdown.",
	    "The agreement funds the government through March and includes money for disaster aid.",
	    "Votes are expected in both chambers by Wednesday, aides said." } },
	/* List items on lines of their own. */
	{ "The plan includes:\n- a new bus line\n- wider sidewalks\n- two new parks\n",
	  { "The plan includes:", "- a new bus line", "- wider sidewalks",
	    "- two new parks" } },
	{ "Steps to take:\n1. Turn off the gas.\n2. Open the windows.\n3. Leave the house.\n",
	  { "Steps to take:", "1. Turn off the gas.", "2. Open the windows.",
	    "3. Leave the house." } },
	{ "Key facts\n" BULLET " 12 people were injured\n" BULLET " Two roads remain closed\n",
	  { "Key facts", BULLET " 12 people were injured", BULLET " Two roads remain closed" } },
	{ "The proposal has three parts:\na) Cut the tax rate\nb) Close loopholes\nc) Raise the cap\n",
	  { "The proposal has three parts:", "a) Cut the tax rate", "b) Close loopholes",
	    "c) Raise the cap" } },
	{ "* Schools will open at 10 a.m.\n* Buses will run on a holiday schedule\n* Trash pickup is delayed a day\n",
	  { "* Schools will open at 10 a.m.", "* Buses will run on a holiday schedule",
	    "* Trash pickup is delayed a day" } },
	/* A block of lines none of which ends in a stop is a list, a menu
	 * or an address: each line is an item, in lower case too. */
	{ "home\nour history\nnews, events\nwrite to us\n",
	  { "home", "our history", "news, events", "write to us" } },
	{ "Opening hours\nmonday to friday 9 to 5\nsaturday 10 to 2\n",
	  { "Opening hours", "monday to friday 9 to 5", "saturday 10 to 2" } },
	{ "What you need:\nflour\nbutter, soft\nthree eggs\n\nMix them well.\n",
	  { "What you need:", "flour", "butter, soft", "three eggs", "Mix them well." } },
	/* ... while a block with a stop in it is prose, wrapped anywhere. */
	{ "This line was cut\nshort by the program that made the file.\n",
	  { "This line was cut short by the program that made the file." } },
	{ "The night was cold \nand the roads were empty. We drove on\nslowly.\n",
	  { "The night was cold and the roads were empty.",
	    "We drove on slowly." } },
	/* A word set vertically, a letter or two a line, as a PDF's text
	 * gives a word printed down the page, is read whole. */
	{ "\nC\nL\nOS\nED\n", { "CLOSED" } },
	{ "The gate was locked.\nN\nO\nEN\nTR\nY\nWe went round by the river.\n",
	  { "The gate was locked.", "NOENTRY", "We went round by the river." } },
	{ "S\r\nT\r\nOP\r\n\r\n/\r\n\r\nG\r\nO\r\n!\r\n",
	  { "STOP", "/", "G", "O", "!" } },
	/* ... but two such lines, a column of codes of two capitals
	 * each, small letters or three capitals are not one. */
	{ "Q\nA\n", { "Q", "A" } },
	{ "NY\nCA\nTX\nOH\n", { "NY", "CA", "TX", "OH" } },
	{ "k\nm\nq\n", { "k", "m", "q" } },
	{ "TOP\nNEW\nHOT\n", { "TOP", "NEW", "HOT" } },
	/* An item that wraps onto an indented second line. */
	{ "- The first item is long enough that it wraps onto\n  a second line in the source.\n- The second item is short.\n",
	  { "- The first item is long enough that it wraps onto a second line in the source.",
	    "- The second item is short." } },
	/* ... and in a list whose lines have no stop. */
	{ "Bring these on the day:\n- a packed lunch and a bottle of water, which\n  we cannot supply\n- sturdy shoes\n",
	  { "Bring these on the day:",
	    "- a packed lunch and a bottle of water, which we cannot supply",
	    "- sturdy shoes" } },
	/* A line that ends in an abbreviation standing before what it
	 * qualifies goes on, in text too short to show its width. */
	{ "The pressure drop is plotted against flow rate in Fig.\n7, which also shows the fitted curve.\n",
	  { "The pressure drop is plotted against flow rate in Fig. 7, which also shows the fitted curve." } },
	{ "The treaty text is reprinted in full on pp.\n210-245 of the second volume.\n",
	  { "The treaty text is reprinted in full on pp. 210-245 of the second volume." } },
	{ "The award was presented by Prof.\nOkafor at the annual dinner.\n",
	  { "The award was presented by Prof. Okafor at the annual dinner." } },
	{ "The band's second album reached No.\n4 on the charts in 1987.\n",
	  { "The band's second album reached No. 4 on the charts in 1987." } },
	/* ... but not one that may end a sentence. */
	{ "Profits rose sharply at Acme Inc.\nThe shares gained 6 percent.\n",
	  { "Profits rose sharply at Acme Inc.", "The shares gained 6 percent." } },
	/* A letter's sign-off and the name under it are lines of their
	 * own; verse's comma goes on. */
	{ "See you at the launch.\n\nWarm wishes,\nTomasz Nowak\n",
	  { "See you at the launch.", "Warm wishes,", "Tomasz Nowak" } },
	{ "Thank you for your help.\nYours truly,\nE. Hartley\n",
	  { "Thank you for your help.", "Yours truly,", "E. Hartley" } },
	{ "The wind was cold,\nThe night was long,\nWe sang a song.\n",
	  { "The wind was cold, The night was long, We sang a song." } },
	{ "The keys are with the porter.\nWith many thanks again,\nRuth Abara\n",
	  { "The keys are with the porter.", "With many thanks again,", "Ruth Abara" } },
	/* A line that ends in a word that opens a phrase or a clause runs
	 * on, in small letters or with the capital of a sentence it opens. */
	{ "The shop will stay shut until\nEaster Monday.\n",
	  { "The shop will stay shut until Easter Monday." } },
	{ "Nobody has lived there since\nMarch.\n",
	  { "Nobody has lived there since March." } },
	{ "Can the vote wait? During\nLent the hall is booked.\n",
	  { "Can the vote wait?", "During Lent the hall is booked." } },
	/* ... but a capital after no stop may be a heading's. */
	{ "Songs Without\nWords for Piano\n",
	  { "Songs Without", "Words for Piano" } },
	/* Hard-wrapped paragraphs. */
	{ "The city's transit agency said on Wednesday that it would raise\n"
	  "fares by 25 cents next year, the first increase since 2019.\n"
	  "Officials blamed rising fuel costs and a drop in ridership that\n"
	  "has not recovered since the pandemic. Riders' groups said they\n"
	  "would fight the plan at public hearings scheduled for next month.\n",
	  { "The city's transit agency said on Wednesday that it would raise fares by 25 cents next year, the first increase since 2019.",
	    "Officials blamed rising fuel costs and a drop in ridership that has not recovered since the pandemic.",
	    "Riders' groups said they would fight the plan at public hearings scheduled for next month." } },
	{ "Farmers in the region have planted less corn this spring than at any\n"
	  "time in the past decade, according to a survey released on Thursday by\n"
	  "the state agriculture department. Many said low prices and high\n"
	  "fertilizer costs had pushed them toward soybeans, which need less\n"
	  "nitrogen.\n",
	  { "Farmers in the region have planted less corn this spring than at any time in the past decade, according to a survey released on Thursday by the state agriculture department.",
	    "Many said low prices and high fertilizer costs had pushed them toward soybeans, which need less nitrogen." } },
	{ "The museum, which reopened in March after a two-year\n"
	  "renovation, has already drawn more than 300,000 visitors.\n"
	  "Its director, Elena Marsh, said the new galleries had\n"
	  "exceeded every forecast. A second phase will add a rooftop\n"
	  "garden.\n",
	  { "The museum, which reopened in March after a two-year renovation, has already drawn more than 300,000 visitors.",
	    "Its director, Elena Marsh, said the new galleries had exceeded every forecast.",
	    "A second phase will add a rooftop garden." } },
	/* A line ending in "U.S." runs on into the next. */
	{ "The proposal, which has support from both parties in the U.S.\n"
	  "Senate, would require social media companies to verify the ages\n"
	  "of their users and to get a parent's consent before a teenager\n"
	  "can open an account. A vote is expected before the August recess.\n",
	  { "The proposal, which has support from both parties in the U.S. Senate, would require social media companies to verify the ages of their users and to get a parent's consent before a teenager can open an account.",
	    "A vote is expected before the August recess." } },
	/* ... or ends a sentence there. */
	{ "Shipments of the panels rose 40 percent last year, making the firm\n"
	  "the third-largest supplier of solar equipment sold in the U.S.\n"
	  "The company also plans to open a second factory in Georgia, where\n"
	  "it has been promised tax breaks worth about $150 million.\n",
	  { "Shipments of the panels rose 40 percent last year, making the firm the third-largest supplier of solar equipment sold in the U.S.",
	    "The company also plans to open a second factory in Georgia, where it has been promised tax breaks worth about $150 million." } },
	/* A name broken across lines. */
	{ "The agreement was announced on Friday afternoon by Mayor Karen\n"
	  "Blake, who called it the most important deal the city had struck\n"
	  "in a generation. Council members, who must still approve it, were\n"
	  "briefed on the terms in a closed session on Thursday night.\n",
	  { "The agreement was announced on Friday afternoon by Mayor Karen Blake, who called it the most important deal the city had struck in a generation.",
	    "Council members, who must still approve it, were briefed on the terms in a closed session on Thursday night." } },
	{ "The hospital's chief of surgery, who asked that only her title be\n"
	  "used, said the four patients were treated by a team led by Dr.\n"
	  "Amina Yusuf, the head of the burn unit. Three remain in critical\n"
	  "condition, and a fourth was moved to a rehabilitation center.\n",
	  { "The hospital's chief of surgery, who asked that only her title be used, said the four patients were treated by a team led by Dr. Amina Yusuf, the head of the burn unit.",
	    "Three remain in critical condition, and a fourth was moved to a rehabilitation center." } },
	{ "The award was presented on Saturday evening to Harold Banks Jr.\n"
	  "The retired teacher spent four decades running a free reading\n"
	  "program for children in the city's poorest neighborhoods, and\n"
	  "former students travelled from across the country to attend.\n",
	  { "The award was presented on Saturday evening to Harold Banks Jr.",
	    "The retired teacher spent four decades running a free reading program for children in the city's poorest neighborhoods, and former students travelled from across the country to attend." } },
	{ "Shares in the retailer fell sharply on Tuesday after Harlow Brands Inc.\n"
	  "said its chief executive would step down at the end of the month,\n"
	  "just two years after she was hired to turn around the struggling\n"
	  "chain. The board has begun a search for her successor.\n",
	  { "Shares in the retailer fell sharply on Tuesday after Harlow Brands Inc. said its chief executive would step down at the end of the month, just two years after she was hired to turn around the struggling chain.",
	    "The board has begun a search for her successor." } },
	/* Two wrapped paragraphs, a blank line between. */
	{ "Negotiators worked through the night on Saturday but failed to reach\n"
	  "an agreement on the contract, which covers about 12,000 nurses at\n"
	  "eight hospitals. The union said a strike could begin as early as\n"
	  "Tuesday if talks do not resume.\n"
	  "\n"
	  "Talks are expected to resume on Monday at a hotel near the airport,\n"
	  "a spokeswoman for the hospitals said. She declined to say whether a\n"
	  "federal mediator would take part in the sessions.\n",
	  { "Negotiators worked through the night on Saturday but failed to reach an agreement on the contract, which covers about 12,000 nurses at eight hospitals.",
	    "The union said a strike could begin as early as Tuesday if talks do not resume.",
	    "Talks are expected to resume on Monday at a hotel near the airport, a spokeswoman for the hospitals said.",
	    "She declined to say whether a federal mediator would take part in the sessions." } },
	/* A heading above wrapped text, and one between wrapped lines. */
	{ "Fare Increase Proposed\n\n"
	  "The city's transit agency said on Wednesday that it would raise\n"
	  "fares by 25 cents next year, the first increase since 2019.\n"
	  "Officials blamed rising fuel costs and a drop in ridership that\n"
	  "has not recovered since the pandemic.\n",
	  { "Fare Increase Proposed",
	    "The city's transit agency said on Wednesday that it would raise fares by 25 cents next year, the first increase since 2019.",
	    "Officials blamed rising fuel costs and a drop in ridership that has not recovered since the pandemic." } },
	{ "The storm is expected to make landfall late on Thursday near the\n"
	  "border, forecasters said, bringing heavy rain and strong winds.\n"
	  "What to Expect\n"
	  "Officials urged residents of low-lying areas to leave by Wednesday\n"
	  "evening and to stock up on water, food and medicine for a week.\n",
	  { "The storm is expected to make landfall late on Thursday near the border, forecasters said, bringing heavy rain and strong winds.",
	    "What to Expect",
	    "Officials urged residents of low-lying areas to leave by Wednesday evening and to stock up on water, food and medicine for a week." } },
	/* Wrapped, with CRLF line ends. */
	{ "Farmers in the region have planted less corn this spring than at any\r\n"
	  "time in the past decade, according to a survey released on Thursday by\r\n"
	  "the state agriculture department. Many said low prices and high\r\n"
	  "fertilizer costs had pushed them toward soybeans, which need less\r\n"
	  "nitrogen.\r\n",
	  { "Farmers in the region have planted less corn this spring than at any time in the past decade, according to a survey released on Thursday by the state agriculture department.",
	    "Many said low prices and high fertilizer costs had pushed them toward soybeans, which need less nitrogen." } },
	/* Lines that plainly run on. */
	{ "The coalition now includes France, Germany,\nItaly and Spain.",
	  { "The coalition now includes France, Germany, Italy and Spain." } },
	{ "The ruling was handed down by the\nSupreme Court on Monday.",
	  { "The ruling was handed down by the Supreme Court on Monday." } },
	{ "The prime minister said the talks had been\nconstructive but were not yet finished.",
	  { "The prime minister said the talks had been constructive but were not yet finished." } },
	/* A paragraph a line: long lines, each its own paragraph, one of
	 * them a caption without final punctuation. */
	{ "The city council voted 7-2 on Tuesday night to approve a budget that cuts funding for parks and libraries by 12 percent.\n"
	  "A firefighter hoses down the smoldering remains of the old library on Main Street on Thursday, the third day of the fire\n"
	  "Council members who opposed the plan said the cuts would fall hardest on neighborhoods that already have the fewest services.\n",
	  { "The city council voted 7-2 on Tuesday night to approve a budget that cuts funding for parks and libraries by 12 percent.",
	    "A firefighter hoses down the smoldering remains of the old library on Main Street on Thursday, the third day of the fire",
	    "Council members who opposed the plan said the cuts would fall hardest on neighborhoods that already have the fewest services." } },
	{ "Rescue teams worked through the night to reach villages cut off by the landslide. Roads into the valley remain closed.\n"
	  "The regional governor said at least 14 people had been killed and dozens more were missing, most of them in the U.S.\n"
	  "Aid agencies said they were sending tents, blankets and water purification tablets to the area by helicopter.\n",
	  { "Rescue teams worked through the night to reach villages cut off by the landslide.",
	    "Roads into the valley remain closed.",
	    "The regional governor said at least 14 people had been killed and dozens more were missing, most of them in the U.S.",
	    "Aid agencies said they were sending tents, blankets and water purification tablets to the area by helicopter." } },
	/* Blank lines, tabs, CRLF and lone CR. */
	{ "The first paragraph has one sentence.\n\nThe second has two. This is it.\n\n\n\nThe third is last.\n",
	  { "The first paragraph has one sentence.", "The second has two.", "This is it.",
	    "The third is last." } },
	{ "\tThe first paragraph is indented. It has two sentences.\n\tThe second one is too.\n",
	  { "The first paragraph is indented.", "It has two sentences.",
	    "The second one is too." } },
	{ "Court Rules on Map\r\n\r\nThe court upheld the map. The dissent was sharp.\r\nAn appeal is likely.\r\n",
	  { "Court Rules on Map", "The court upheld the map.", "The dissent was sharp.",
	    "An appeal is likely." } },
	{ "Market Report\rStocks rose. Bonds fell.\r",
	  { "Market Report", "Stocks rose.", "Bonds fell." } },
	{ "The talks were held in the U.S.\nThe next round will be in Japan.\n",
	  { "The talks were held in the U.S.", "The next round will be in Japan." } },
	/* Rows of aligned columns are lines of their own; justified prose,
	 * its gaps padded to three spaces, goes on. */
	{ "The port to the new boards is nearly done. Each architecture has a\n"
	  "maintainer who reviews the patches for it before they are merged, and\n"
	  "who answers the questions that users send to the list about it:\n"
	  "\n"
	  "Ada Lindqvist <ada.lindqvist@example.org>             (arm64)\n"
	  "Bohdan Chen <bohdan.chen@example.org>                 (riscv64)\n"
	  "Carla Imre-Santos <carla.imre@example.org>            (s390x)\n"
	  "\n"
	  "Write to the list first if you are not sure whom to ask about a board.\n",
	  { "The port to the new boards is nearly done.",
	    "Each architecture has a maintainer who reviews the patches for it before they are merged, and who answers the questions that users send to the list about it:",
	    "Ada Lindqvist <ada.lindqvist@example.org> (arm64)",
	    "Bohdan Chen <bohdan.chen@example.org> (riscv64)",
	    "Carla Imre-Santos <carla.imre@example.org> (s390x)",
	    "Write to the list first if you are not sure whom to ask about a board." } },
	{ "The  committee  met  on  Monday  and  agreed  the  plans  for  the  new\n"
	  "library  wing.  Work  starts  in  the  spring,  and  the  reading  room\n"
	  "stays open  throughout,  though  the  main entrance  will  move  to  the\n"
	  "side   street   for   some   eight   weeks   while   the   old   porch\n"
	  "comes down.\n",
	  { "The committee met on Monday and agreed the plans for the new library wing.",
	    "Work starts in the spring, and the reading room stays open throughout, though the main entrance will move to the side street for some eight weeks while the old porch comes down." } },
	/* A middle dot and a space open an item, as a bullet does. */
	{ "Version 3.2 is out. It is a small release, and most of its changes make\n"
	  "the tool start faster on large trees or fix crashes reported since the\n"
	  "last release in the spring:\n"
	  "\n"
	  "· Fixed a crash when the cache directory is missing or unreadable (#101)\n"
	  "· Start-up on large trees is now twice as fast as it was in 3.1 (#97)\n"
	  "· The manual page lists every option and its default value again (#95)\n",
	  { "Version 3.2 is out.",
	    "It is a small release, and most of its changes make the tool start faster on large trees or fix crashes reported since the last release in the spring:",
	    "· Fixed a crash when the cache directory is missing or unreadable (#101)",
	    "· Start-up on large trees is now twice as fast as it was in 3.1 (#97)",
	    "· The manual page lists every option and its default value again (#95)" } },
};

/* A letter's lines among wrapped ones: a greeting, a sign-off, a
 * signature and a header's fields are short by nature, and do not hide
 * that the paragraphs between them are wrapped (a break before a
 * capital or a number runs on there); each field, each line of a
 * closing and a rule under a title stays a line of its own. */
static const struct split_case letter_cases[] = {
	/* A sign-off under a last wish in its block, or with commas inside
	 * ("Целую, обнимаю,"), closes the letter above the name. */
	{ "Dear Ruth,\n\nThe van comes on Friday at nine. I will bring the "
	  "boxes down.\n\nThinking of you all.\nLots of love,\nClaire xx\n",
	  { "Dear Ruth,", "The van comes on Friday at nine.",
	    "I will bring the boxes down.", "Thinking of you all.",
	    "Lots of love,", "Claire xx" } },
	{ "Привет, Оля!\n\nМы приедем в субботу утром.\n\n"
	  "Целую, обнимаю,\nтвоя Маша\n",
	  { "Привет, Оля!", "Мы приедем в субботу утром.", "Целую, обнимаю,",
	    "твоя Маша" } },
	/* But a wrapped line with commas goes on into its sentence. */
	{ "The boxes went on Friday.\nThe van, the car,\nand the trailer "
	  "were all full.\n",
	  { "The boxes went on Friday.",
	    "The van, the car, and the trailer were all full." } },
	{ "Hi Priya,\n\n"
	  "The contractor looked at the roof this morning and can start on Monday\n"
	  "14 April, weather permitting. His quote came in just under the figure\n"
	  "we set aside in March, so I have told him to go ahead.\n\n"
	  "Thanks,\nMarek\n\n-- \nMarek Nowak\nFacilities\n+48 22 555 0101\n",
	  { "Hi Priya,",
	    "The contractor looked at the roof this morning and can start on Monday 14 April, weather permitting.",
	    "His quote came in just under the figure we set aside in March, so I have told him to go ahead.",
	    "Thanks,", "Marek", "--", "Marek Nowak", "Facilities", "+48 22 555 0101" } },
	{ "I agree with Sam: we should order the larger model before the price\n"
	  "rises in May. The difference is small next to the cost of a second\n"
	  "unit later.\n\n"
	  "________________________________\n"
	  "From: Sam Ortiz <sam.ortiz@example.org>\n"
	  "Sent: Tuesday, 10 March 2026 08:12 to the whole facilities list\n"
	  "To: Facilities Team <facilities@example.org>\n"
	  "Subject: Dehumidifier for the archive room\n\n"
	  "The archive room is damp again, and the small unit cannot keep up.\n",
	  { "I agree with Sam: we should order the larger model before the price rises in May.",
	    "The difference is small next to the cost of a second unit later.",
	    "________________________________",
	    "From: Sam Ortiz <sam.ortiz@example.org>",
	    "Sent: Tuesday, 10 March 2026 08:12 to the whole facilities list",
	    "To: Facilities Team <facilities@example.org>",
	    "Subject: Dehumidifier for the archive room",
	    "The archive room is damp again, and the small unit cannot keep up." } },
	/* A sign-off that opens its block, over lines that end no
	 * sentence: a name of any length, a title, a department. */
	{ "The survey team will be back on site from Monday. We expect the\n"
	  "report on the east wall by the end of the month.\n\n"
	  "All the best,\nDr. Ines Carvalho Serrano\nDepartment of Geology\n",
	  { "The survey team will be back on site from Monday.",
	    "We expect the report on the east wall by the end of the month.",
	    "All the best,", "Dr. Ines Carvalho Serrano", "Department of Geology" } },
	{ "Всего доброго,\nИ. П. Смирнова,\nзаведующая библиотекой\n",
	  { "Всего доброго,", "И. П. Смирнова,", "заведующая библиотекой" } },
	/* ... but a comma that a sentence goes on from, and one of code. */
	{ "However,\nthe second trial, which ran for six weeks, found no effect.\n",
	  { "However, the second trial, which ran for six weeks, found no effect." } },
	{ "POINT: [ x: INT16,\ny: INT16 ]\n", { "POINT: [ x: INT16, y: INT16 ]" } },
	/* An en dash opens an item after a lead-in or another item, not in
	 * a wrapped sentence. */
	{ "Na schůzi probereme:\n– rozpočet na jaro;\n– výlet do Brna;\n– různé.\n",
	  { "Na schůzi probereme:", "– rozpočet na jaro;", "– výlet do Brna;",
	    "– různé." } },
	{ "We will keep the old server running in the basement for a while\n"
	  "longer, since the payroll system still depends on it, and will\n"
	  "retire it in May, when the new one takes over. The backups stay\n"
	  "– as agreed with the auditors – on the tape drive until then.\n",
	  { "We will keep the old server running in the basement for a while longer, since the payroll system still depends on it, and will retire it in May, when the new one takes over.",
	    "The backups stay – as agreed with the auditors – on the tape drive until then." } },
	/* A rule under a title is no part of it; an address in angle
	 * brackets closes an entry, but a wrapped attribution goes on. */
	{ "Release Notes for Version 2.1 of the Backup Tool and Its Helpers\n"
	  "=================================================================\n\n"
	  "This release fixes the restore of files larger than four gigabytes\n"
	  "and adds a dry-run mode to the prune command, which lists the files\n"
	  "it would remove without removing them. Thanks to everyone who wrote:\n\n"
	  "Copyright: 2019-2024 Ana Ruiz Castellanos <ana.ruiz@example.org>\n"
	  "2021 Li Wei <li.wei@example.org>\n",
	  { "Release Notes for Version 2.1 of the Backup Tool and Its Helpers",
	    "=================================================================",
	    "This release fixes the restore of files larger than four gigabytes and adds a dry-run mode to the prune command, which lists the files it would remove without removing them.",
	    "Thanks to everyone who wrote:",
	    "Copyright: 2019-2024 Ana Ruiz Castellanos <ana.ruiz@example.org>",
	    "2021 Li Wei <li.wei@example.org>" } },
	{ "That works for me, and the hall is free on both days as far as I\n"
	  "know. I will check with the caretaker before we tell the others.\n\n"
	  "On Fri, 6 Mar 2026 at 10:02, Tomas Reyes Alvarado <tomas@example.net>\n"
	  "wrote:\n"
	  "> Could we move the rehearsal to the hall next Saturday or Sunday?\n",
	  { "That works for me, and the hall is free on both days as far as I know.",
	    "I will check with the caretaker before we tell the others.",
	    "On Fri, 6 Mar 2026 at 10:02, Tomas Reyes Alvarado <tomas@example.net> wrote:",
	    "Could we move the rehearsal to the hall next Saturday or Sunday?" } },
	/* The width of a wrapped letter is its wrapped lines', not that of
	 * its unwrapped items or of a link on a line of its own. */
	{ "Hi all,\n"
	  "\n"
	  "The board meets on Tuesday 4 November and I would like us to agree the\n"
	  "budget before then. Two items are still open, and both need a decision\n"
	  "from the treasurer before the meeting:\n"
	  "\n"
	  " - the insurance renewal for the community hall, which went up by a third this year\n"
	  " - the grant application to the county council for the new kitchen and its fittings\n"
	  "\n"
	  "The minutes of the last meeting are here: https://club.example.org/minutes/2026-10-07-board.pdf\n"
	  "\n"
	  "Thanks,\n"
	  "Mara\n",
	  { "Hi all,",
	    "The board meets on Tuesday 4 November and I would like us to agree the budget before then.",
	    "Two items are still open, and both need a decision from the treasurer before the meeting:",
	    "- the insurance renewal for the community hall, which went up by a third this year",
	    "- the grant application to the county council for the new kitchen and its fittings",
	    "The minutes of the last meeting are here: https://club.example.org/minutes/2026-10-07-board.pdf",
	    "Thanks,",
	    "Mara" } },
	/* A letter of unwrapped paragraphs is not wrapped at the width of
	 * its signature's and header's lines. */
	{ "I will send the signed form to the office tomorrow morning, together with the copy of the lease and the bank details you asked for last week, so that the deposit can be returned before the end of the month.\n"
	  "\n"
	  "Best regards,\n"
	  "Owen\n"
	  "\n"
	  "Owen Price\n"
	  "Tenant, Flat 3\n"
	  "Mill Lane House, 14 Mill Lane, Dunmore DN4 7QT\n"
	  "Tel. 01632 960 118\n"
	  "\n"
	  "From: Lettings Office <office@lettings.example>\n"
	  "Sent: Monday, 3 November 2026 09:12\n"
	  "To: Owen Price <owen@example.net>\n"
	  "Subject: Deposit return\n"
	  "\n"
	  "Please send us the signed form, a copy of your lease and the account to which the deposit should be paid, and we will return it within ten working days.\n",
	  { "I will send the signed form to the office tomorrow morning, together with the copy of the lease and the bank details you asked for last week, so that the deposit can be returned before the end of the month.",
	    "Best regards,",
	    "Owen",
	    "Owen Price",
	    "Tenant, Flat 3",
	    "Mill Lane House, 14 Mill Lane, Dunmore DN4 7QT",
	    "Tel. 01632 960 118",
	    "From: Lettings Office <office@lettings.example>",
	    "Sent: Monday, 3 November 2026 09:12",
	    "To: Owen Price <owen@example.net>",
	    "Subject: Deposit return",
	    "Please send us the signed form, a copy of your lease and the account to which the deposit should be paid, and we will return it within ten working days." } },
	/* A link or an address alone in a list's footer is a line of its
	 * own; one in running text goes on. */
	{ "Our next meeting is on Thursday at the usual place. Please bring the\n"
	  "signed forms if you have not sent them yet, and the fee for the spring\n"
	  "tournament if you mean to play in it. The draw for the first round will\n"
	  "be made at the meeting, and the pairings sent to the list on Friday, so\n"
	  "that everyone has the weekend to prepare for the opening games.\n"
	  "\n"
	  "_______________________________________________\n"
	  "Oslo Chess Club mailing list\n"
	  "members@lists.oslo-chess-club.example\n"
	  "https://lists.oslo-chess-club.example/listinfo/members\n",
	  { "Our next meeting is on Thursday at the usual place.",
	    "Please bring the signed forms if you have not sent them yet, and the fee for the spring tournament if you mean to play in it.",
	    "The draw for the first round will be made at the meeting, and the pairings sent to the list on Friday, so that everyone has the weekend to prepare for the opening games.",
	    "_______________________________________________",
	    "Oslo Chess Club mailing list",
	    "members@lists.oslo-chess-club.example",
	    "https://lists.oslo-chess-club.example/listinfo/members" } },
	{ "The new timetable is on the club's website, and the old one no longer\n"
	  "holds from Monday on. You will find it, with the fees for the season, at\n"
	  "https://chess.example.org/timetable-and-fees-for-the-2026-27-season\n"
	  "and on the board in the hall.\n",
	  { "The new timetable is on the club's website, and the old one no longer holds from Monday on.",
	    "You will find it, with the fees for the season, at https://chess.example.org/timetable-and-fees-for-the-2026-27-season and on the board in the hall." } },
	/* ... nor that of a footer or a signature, whose lines end no
	 * sentence and are as long as what they hold. */
	{ "Hei,\n"
	  "\n"
	  "Vi bestiller mat til dugnaden som vanlig, så gi beskjed innen fredag om\n"
	  "du blir med, slik at vi vet omtrent hvor mye vi trenger. Det koster\n"
	  "40 kr per person.\n"
	  "\n"
	  "--\n"
	  "Kari Nordby\n"
	  "styreleder, Sagene Vel\n"
	  "\n"
	  "_______________________________________________\n"
	  "Sagene Vel medlemsliste\n"
	  "medlemmer@lister.sagene-vel.example.no\n"
	  "Meld deg av: https://lister.sagene-vel.example.no/options/medlemmer\n",
	  { "Hei,",
	    "Vi bestiller mat til dugnaden som vanlig, så gi beskjed innen fredag om du blir med, slik at vi vet omtrent hvor mye vi trenger.",
	    "Det koster 40 kr per person.",
	    "--",
	    "Kari Nordby",
	    "styreleder, Sagene Vel",
	    "_______________________________________________",
	    "Sagene Vel medlemsliste",
	    "medlemmer@lister.sagene-vel.example.no",
	    "Meld deg av: https://lister.sagene-vel.example.no/options/medlemmer" } },
	/* A run of fields: each a line of its own, though one ends in a
	 * dotted abbreviation that would go on into running text. */
	{ "Από: Ομάδα Θεάτρου <theatro@example.gr>\n"
	  "Ημερομηνία: Δευ, 3 Νοε 2026, 9:15 π.μ.\n"
	  "Θέμα: Πρόβα την Τετάρτη\n\n"
	  "Η πρόβα μεταφέρεται στην αίθουσα του δήμου.\n",
	  { "Από: Ομάδα Θεάτρου <theatro@example.gr>",
	    "Ημερομηνία: Δευ, 3 Νοε 2026, 9:15 π.μ.",
	    "Θέμα: Πρόβα την Τετάρτη",
	    "Η πρόβα μεταφέρεται στην αίθουσα του δήμου." } },
	/* A link alone on its line is no word that a dotted abbreviation
	 * stands before, nor a line in lower case that goes on. */
	{ "Harbour Dental\nMon-Fri 8 a.m.-6 p.m.\n"
	  "https://harbour-dental.example.org\n\n"
	  "We open at 9 a.m.\nMonday to Friday.\n",
	  { "Harbour Dental", "Mon-Fri 8 a.m.-6 p.m.",
	    "https://harbour-dental.example.org",
	    "We open at 9 a.m. Monday to Friday." } },
	/* A day's number and its period opening a line in the middle of a
	 * sentence go on, where ordinals are written so; a list's items in
	 * lower case stay items. */
	{ "Hei alle,\n\nVi samles til dugnad i hagen på lørdag, og alle som vil "
	  "være med kan si fra innen\n28. mars, så vi vet hvor mange som "
	  "kommer. Ta med hansker.\n\nVi trenger\n1. hansker\n2. river\n\n"
	  "Hilsen Kari\n",
	  { "Hei alle,",
	    "Vi samles til dugnad i hagen på lørdag, og alle som vil være med kan si fra innen 28. mars, så vi vet hvor mange som kommer.",
	    "Ta med hansker.", "Vi trenger", "1. hansker", "2. river",
	    "Hilsen Kari" } },
	/* A word that cannot end a line goes on into a day's number,
	 * which opens no list's item there ("bis zum" + "13. Juni"). */
	{ "Die Versammlung ist am Freitag im Vereinsheim. Anträge müssen "
	  "bis zum\n13. Juni schriftlich bei uns eingehen.\n",
	  { "Die Versammlung ist am Freitag im Vereinsheim.",
	    "Anträge müssen bis zum 13. Juni schriftlich bei uns eingehen." } },
	/* One paragraph of a single long line, a service's footer pasted
	 * under a wrapped letter, does not make the letter unwrapped
	 * ("Show" + "QR code"); two such would. */
	{ "Hi Jonas,\n\nThanks for booking with us! Your trip is below.\n\n"
	  "Booking: NBX4K7QL\nSeat: coach 5, seat 63 (window, quiet zone)\n\n"
	  "Your ticket is in the app under My trips and attached as a PDF. Show\n"
	  "QR code and photo ID to the guard when you are asked. Changes are free\n"
	  "until departure, but a price difference may apply.\n\nNordline\n\n"
	  "You cannot reply to this email. Questions? Visit "
	  "nordline.example.com/help, where you can also read how we handle "
	  "your personal data and change the mail you get from us.\n",
	  { "Hi Jonas,", "Thanks for booking with us!", "Your trip is below.",
	    "Booking: NBX4K7QL", "Seat: coach 5, seat 63 (window, quiet zone)",
	    "Your ticket is in the app under My trips and attached as a PDF.",
	    "Show QR code and photo ID to the guard when you are asked.",
	    "Changes are free until departure, but a price difference may apply.",
	    "Nordline", "You cannot reply to this email.", "Questions?",
	    "Visit nordline.example.com/help, where you can also read how we handle your personal data and change the mail you get from us." } },
	/* A line of fields parted by dots, or by two bars, is a line of
	 * its own, as the line above it is; one bar in a sentence is a
	 * shell's pipe, and the sentence goes on past it. */
	{ "Your order has shipped and should arrive on Thursday. The courier will\n"
	  "ring the bell, and if nobody is home the parcel goes to the shop next\n"
	  "door. To see the log, run sort < orders.txt | less and page\n"
	  "through it.\n\n"
	  "Harbour Tea Ltd · 4 Quay Street · Bristol BS1 4DJ · 0117 496 0000\n"
	  "Registered in England and Wales with the company number 01234567\n",
	  { "Your order has shipped and should arrive on Thursday.",
	    "The courier will ring the bell, and if nobody is home the parcel goes to the shop next door.",
	    "To see the log, run sort < orders.txt | less and page through it.",
	    "Harbour Tea Ltd · 4 Quay Street · Bristol BS1 4DJ · 0117 496 0000",
	    "Registered in England and Wales with the company number 01234567" } },
	{ "Your order has shipped and should arrive on Thursday. The courier will\n"
	  "ring the bell, and if nobody is home the parcel goes to the shop next\n"
	  "door.\n\n"
	  "Harbour Tea Limited, registered in England and Wales, 4 Quay Street\n"
	  "Company 01234567 | VAT GB123456789 | Privacy\n",
	  { "Your order has shipped and should arrive on Thursday.",
	    "The courier will ring the bell, and if nobody is home the parcel goes to the shop next door.",
	    "Harbour Tea Limited, registered in England and Wales, 4 Quay Street",
	    "Company 01234567 | VAT GB123456789 | Privacy" } },
	/* A trailer's block that opens with a name is a signature, a line
	 * an entry, though an abbreviation in it would stand before the
	 * number under it. */
	{ "The crates left the depot on Monday and reach you on Thursday.\n\n"
	  "Kind regards,\nRosa\n\nRosa Lindqvist\nhead of logistics\n"
	  "Lindqvist Haulage Ltd.\n12 Harbour Rd.\n",
	  { "The crates left the depot on Monday and reach you on Thursday.",
	    "Kind regards,", "Rosa", "Rosa Lindqvist", "head of logistics",
	    "Lindqvist Haulage Ltd.", "12 Harbour Rd." } },
	/* A Lotus Notes header: its fields a line each, "cc:" in lower
	 * case too; not a field's value wrapped onto a word and a colon. */
	{ "        To:     Ann Lee/UK/Acme@Acme\n"
	  "        cc:     Bo Chen/DE/Acme@Acme\n"
	  "        Subject:        Plans for March\n",
	  { "To: Ann Lee/UK/Acme@Acme", "cc: Bo Chen/DE/Acme@Acme",
	    "Subject: Plans for March" } },
	{ "Files: *\nComments: The tool was first built by a guild with "
	  "the\nsponsorship:\n",
	  { "Files: *", "Comments: The tool was first built by a guild with "
	    "the sponsorship:" } },
	/* An address wrapped after its bracket goes on; a '<' alone ends a
	 * list of signs. */
	{ "Sure.\n\nOn Mon, 3 Mar 2025 at 10:02, Marek Dvořák <\n"
	  "marek@example.cz> wrote:\n\n> Can you come?\n",
	  { "Sure.", "On Mon, 3 Mar 2025 at 10:02, Marek Dvořák < "
	    "marek@example.cz> wrote:", "Can you come?" } },
	{ "Keys: focus, winheight, +, -, >, <\nThese are now case-sensitive.\n",
	  { "Keys: focus, winheight, +, -, >, <", "These are now case-sensitive." } },
	/* A firm's legal form with a particle between its abbreviations
	 * ("Sp. z o.o.") is a name: the signature's lines stay apart. */
	{ "Dziękuję za szybką odpowiedź i przesłane dokumenty.\n\n"
	  "Z poważaniem\nAnna Nowak\nTransBud Sp. z o.o.\n"
	  "ul. Przemysłowa 7, 02-232 Warszawa\ntel. +48 22 555 01 20\n",
	  { "Dziękuję za szybką odpowiedź i przesłane dokumenty.",
	    "Z poważaniem", "Anna Nowak", "TransBud Sp. z o.o.",
	    "ul. Przemysłowa 7, 02-232 Warszawa", "tel. +48 22 555 01 20" } },
	/* A mail's attribution wrapped after the sender's address: its
	 * last words in lower case go on. */
	{ "Oui, jeudi me va.\n\nLe lun. 3 mars 2025 à 10:02, Anne Roy "
	  "<anne@exemple.org> a\nécrit :\n\n> Tu viens jeudi ?\n",
	  { "Oui, jeudi me va.",
	    "Le lun. 3 mars 2025 à 10:02, Anne Roy <anne@exemple.org> a écrit :",
	    "Tu viens jeudi ?" } },
	{ "Tak, jutro.\n\nW dniu 3.03.2025 o 10:02, Jan Nowak "
	  "<jan@przyklad.pl>\nnapisał:\n\n> Czy jutro?\n",
	  { "Tak, jutro.",
	    "W dniu 3.03.2025 o 10:02, Jan Nowak <jan@przyklad.pl> napisał:",
	    "Czy jutro?" } },
	/* Japanese and Chinese lines end where their writers chose: a line
	 * goes on after a comma (、), and after a sentence's end in its
	 * block a line that ends in a letter goes on, with no space where
	 * it joins; not the greeting above the first sentence, nor a
	 * list's items ("・", "一、"), nor a closing's two lines. */
	{ "山本様\nいつもお世話になっております。\n来週の会議の資料を、\n"
	  "本日中にお送りします。\n確認していただき、\n問題がなければ\n"
	  "共有フォルダに保存してください。\n\n・議事録の案\n・予算の表\n",
	  { "山本様", "いつもお世話になっております。",
	    "来週の会議の資料を、本日中にお送りします。",
	    "確認していただき、問題がなければ共有フォルダに保存してください。",
	    "・議事録の案", "・予算の表" } },
	/* A line that ends in a particle goes on wherever it stands;
	 * not an item's first line otherwise, nor into a field's label. */
	{ "山本様\n\n来週の会議の資料を\n本日中にお送りします。\n",
	  { "山本様", "来週の会議の資料を本日中にお送りします。" } },
	{ "这是我们的\n新产品。\n", { "这是我们的新产品。" } },
	{ "訪問先の報告です。\n1. 北浜商事さん\n来期の発注量は今期並みの見込み。\n",
	  { "訪問先の報告です。", "1. 北浜商事さん", "来期の発注量は今期並みの見込み。" } },
	{ "活动安排如下。\n名额：20组家庭，额满即止\n费用：每组100元\n",
	  { "活动安排如下。", "名额：20组家庭，额满即止", "费用：每组100元" } },
	{ "各位：\n\n新的安排如下：\n一、会议改到周三；\n二、地点不变；\n"
	  "十二、请提前十分钟到场。\n\n此致\n敬礼！\n",
	  { "各位：", "新的安排如下：", "一、会议改到周三；", "二、地点不变；",
	    "十二、请提前十分钟到场。", "此致", "敬礼！" } },
};

/* An e-mail's quoted reply: the '>' that open its lines are left out,
 * so that a quoted paragraph reads whole; a change of depth parts two
 * paragraphs, as a line of '>' alone does.  One line opening with '>'
 * is not enough to call a text an e-mail. */
static const struct split_case quote_cases[] = {
	{ "I can take the early shift.\n\n"
	  "> Could someone cover the desk on Friday? Lena is away and the\n"
	  "> delivery from the printer is due at nine.\n",
	  { "I can take the early shift.", "Could someone cover the desk on Friday?",
	    "Lena is away and the delivery from the printer is due at nine." } },
	{ "Agreed, and the new figures are fine too. So is\n"
	  "> > Here is the second draft of the letter to the board, with\n"
	  "> > the figures checked twice.\n"
	  "> The opening paragraph is still too long, and\n"
	  "then we can send it.\n",
	  { "Agreed, and the new figures are fine too.", "So is",
	    "Here is the second draft of the letter to the board, with the figures checked twice.",
	    "The opening paragraph is still too long, and", "then we can send it." } },
	{ ">>The pump failed again on\n>>Tuesday night.\n>\n>It was replaced in the\n>morning.\n",
	  { "The pump failed again on Tuesday night.", "It was replaced in the morning." } },
	{ "> > Did the parcel come? It was due\n> > on Monday.\n\nIt came today, and\n"
	  "> > the receipt was in the box, with\n> > the manual.\n",
	  { "Did the parcel come?", "It was due on Monday.", "It came today, and",
	    "the receipt was in the box, with the manual." } },
	/* One line is a quotation where it opens a paragraph or follows a
	 * sentence's end or a colon, as an answer's question does ... */
	{ "> Is the van booked for Saturday?\n\nYes, from nine.\n"
	  "> And the trolley?\nThat too.\n",
	  { "Is the van booked for Saturday?", "Yes, from nine.", "And the trolley?",
	    "That too." } },
	/* ... not where it follows words that go on: "more than" + "> 40",
	 * a path through menus; nor a '>' with nothing after it. */
	{ "All done.\n>\n", { "All done.", ">" } },
	{ "Turnout this year was\n> 40 percent of the members, more than ever.\n",
	  { "Turnout this year was > 40 percent of the members, more than ever." } },
	{ "Open the menu at Tools\n> Options > Fonts and pick a size.\nThen save.\n",
	  { "Open the menu at Tools > Options > Fonts and pick a size.", "Then save." } },
};

#define NCASES(t) ((int)(sizeof t / sizeof *t))

START_TEST(test_basics)
{
	check_split_case(&basic_cases[_i], "basics", _i);
}
END_TEST

START_TEST(test_lines)
{
	check_split_case(&line_cases[_i], "lines", _i);
}
END_TEST

START_TEST(test_letters)
{
	check_split_case(&letter_cases[_i], "letters", _i);
}
END_TEST

/* TEXT has three sentences: the K-th reads READ in the text read, and
 * is found in the source from FIRST to the end of LAST (the first of
 * each in TEXT); sentence LOCATED is at line LNO and column COL there. */
static void check_in_source(const char *text, size_t k, const char *read,
                            const char *first, const char *last,
                            size_t located, size_t lno, size_t col)
{
	summ_doc *doc = check_parse(text);
	summ_sentence s;
	summ_position pos;
	size_t len, start, end;
	const char *t = summ_text(doc, &len);

	ck_assert_uint_eq(summ_sentence_count(doc), 3);
	s = summ_sentence_at(doc, k);
	ck_assert_uint_eq(s.length, strlen(read));
	ck_assert_int_eq(memcmp(t + s.offset, read, s.length), 0);
	summ_source_span(doc, s.offset, s.length, &start, &end);
	ck_assert_uint_eq(start, (size_t)(strstr(text, first) - text));
	ck_assert_uint_eq(end, (size_t)(strstr(text, last) - text) + strlen(last));
	ck_assert_int_eq(summ_locate(doc, &located, 1, &pos), SUMM_OK);
	ck_assert_uint_eq(pos.line, lno);
	ck_assert_uint_eq(pos.col, col);
	summ_free(doc);
}

/* A word set vertically is found in the source where its letters are:
 * from its first letter to its last, lines and columns counted there. */
START_TEST(test_vertical_source)
{
	check_in_source("Shops shut early.\r\nS\r\nA\r\nLE\r\nPrices were cut.\r\n",
	                1, "SALE", "S\r", "LE", 2, 5, 1);
}
END_TEST

START_TEST(test_quotes)
{
	check_split_case(&quote_cases[_i], "quotes", _i);
}
END_TEST

/* A quoted sentence is found in the source from its first word to its
 * last, over the '>' of the lines between, and its line and column are
 * those of its first word there. */
START_TEST(test_quote_source)
{
	check_in_source("Fine by me.\n\n> The hall is booked until six. After\n"
	                "> that the cleaners come in.\n",
	                2, "After\nthat the cleaners come in.", "After", "in.", 2, 3, 33);
}
END_TEST

/* The text read without quote markers is never longer than the source,
 * though a blank line is written where the depth of quoting changes:
 * a line of one '>' between two lines of text leaves out one byte, and
 * the blank after it is not written. */
START_TEST(test_quote_length)
{
	static const char *const texts[] = {
		"The hall is free.\n>Is it?\nYes.\n",
		"Done:\n>a\nb\n>c\nd\n",
		"x.\n>>y\n>z\nw\n",
	};

	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		summ_doc *doc = check_parse(texts[i]);
		size_t len;

		summ_text(doc, &len);
		ck_assert_uint_le(len, strlen(texts[i]));
		summ_free(doc);
	}
}
END_TEST

/* Lines and columns point at the sentence start, as grep and vim count. */
START_TEST(test_positions)
{
	const char *text = "Title Line\n\nFirst one here. Second one.\nThird here.";
	summ_doc *doc;
	/* In any order, as a ranked summary asks, and twice. */
	size_t idx[] = { 3, 0, 2, 2 };
	summ_position pos[4];

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 4);
	ck_assert_int_eq(summ_sentence_at(doc, 0).kind, SUMM_TITLE);
	ck_assert_int_eq(summ_locate(doc, idx, 4, pos), SUMM_OK);
	ck_assert_uint_eq(pos[1].line, 1);
	ck_assert_uint_eq(pos[1].col, 1);
	ck_assert_uint_eq(pos[2].line, 3);
	ck_assert_uint_eq(pos[2].col, 17);
	ck_assert_uint_eq(pos[3].line, 3);
	ck_assert_uint_eq(pos[3].col, 17);
	ck_assert_uint_eq(summ_sentence_at(doc, 2).offset, 28);
	ck_assert_uint_eq(pos[0].line, 4);
	ck_assert_uint_eq(pos[0].col, 1);
	/* Paragraphs are numbered from 0, in order. */
	ck_assert_uint_eq(summ_sentence_at(doc, 0).paragraph, 0);
	ck_assert_uint_eq(summ_sentence_at(doc, 1).paragraph, 1);
	ck_assert_uint_eq(summ_sentence_at(doc, 2).paragraph, 1);
	ck_assert_uint_eq(summ_sentence_at(doc, 3).paragraph, 2);
	ck_assert_int_eq(summ_locate(doc, idx, 0, pos), SUMM_OK);
	summ_free(doc);
	/* A BOM is no column: editors do not show it.  CRLF and a lone CR
	 * end lines too. */
	text = "\xEF\xBB\xBF" "First one here. Second one.\r\nThird.\rFourth.";
	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 4);
	idx[0] = 0, idx[1] = 1, idx[2] = 2, idx[3] = 3;
	ck_assert_int_eq(summ_locate(doc, idx, 4, pos), SUMM_OK);
	ck_assert_uint_eq(pos[0].col, 1);
	ck_assert_uint_eq(pos[1].col, 17);
	ck_assert_uint_eq(pos[2].line, 2);
	ck_assert_uint_eq(pos[2].col, 1);
	ck_assert_uint_eq(pos[3].line, 3);
	summ_free(doc);
}
END_TEST

/* Headings are kinds of their own; body sentences after a heading do not
 * make a later heading the title. */
START_TEST(test_heading_kinds)
{
	const char *text = "Body sentence first.\nA Heading\nMore body.";
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 3);
	ck_assert_int_eq(summ_sentence_at(doc, 0).kind, SUMM_BODY);
	ck_assert_int_eq(summ_sentence_at(doc, 1).kind, SUMM_HEADING);
	ck_assert_int_eq(summ_sentence_at(doc, 2).kind, SUMM_BODY);
	summ_free(doc);
}
END_TEST

/* A text of headings alone is summarized from its headings.  (A heading
 * is found here, by is_heading; sentences.c marks it, and promotes a
 * text's headings when it has nothing else.) */
START_TEST(test_headings_only)
{
	const char *text = "Jobs report shows strong growth";
	summ_doc *doc;

	ck_assert_int_eq(summ_parse(text, strlen(text), &doc), SUMM_OK);
	ck_assert_uint_eq(summ_sentence_count(doc), 1);
	ck_assert_int_eq(summ_sentence_at(doc, 0).kind, SUMM_BODY);
	{
		summ_limits lim = { 1, 0, 0, 0, 0, 0 };
		size_t idx[1], n;
		ck_assert_int_eq(summ_select(doc, &lim, idx, 1, &n), SUMM_OK);
		ck_assert_uint_eq(n, 1);
		ck_assert_uint_eq(idx[0], 0);
	}
	summ_free(doc);
}
END_TEST

/* is_heading: one line of at most 20 words with no final punctuation
 * (closing quotes and brackets looked through). */
struct heading_case {
	const char *text;
	size_t nlines;
	int heading;
};

static const struct heading_case heading_cases[] = {
	{ "Jobs report shows strong growth", 1, 1 },
	{ "Jobs report shows strong growth", 2, 0 },
	{ "WORLD NEWS", 1, 1 },
	{ "Photo: Jane Roe/Getty Images", 1, 1 },
	{ "The talks ended.", 1, 0 },
	{ "What Happens Next?", 1, 0 },
	{ "Stop!", 1, 0 },
	{ "The plan includes:", 1, 0 },
	{ "First; second", 1, 1 },
	{ "First; second;", 1, 0 },
	{ "Significantly,", 1, 0 },
	{ "And then\xE2\x80\xA6", 1, 0 },
	/* The stops of other scripts end a sentence as "." does: the
	 * Ethiopic full stop and question mark, the Devanagari danda. */
	{ "ሰላም ነው።", 1, 0 },
	{ "ምን ሆነ፧", 1, 0 },
	{ "ሰላም ነው", 1, 1 },
	{ "ठीक है।", 1, 0 },
	/* And the full-width stops of Chinese and Japanese. */
	{ "会议结束了。", 1, 0 },
	{ "本当ですか？", 1, 0 },
	{ "会议结束了", 1, 1 },
	{ "He said \"yes.\"", 1, 0 },
	{ "(Which was very likely true.)", 1, 0 },
	{ "\xE2\x80\x9CWe agree.\xE2\x80\x9D", 1, 0 },
	{ "One two three four five six seven eight nine ten eleven twelve "
	  "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
	  1, 1 },
	{ "One two three four five six seven eight nine ten eleven twelve "
	  "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
	  "twenty-one", 1, 0 },
	{ "* * *", 1, 0 },
	{ "", 1, 0 },
};

/* A letter's greeting and close, one short line each that ends in a
 * comma, and a line that hands over to what follows with a colon; a
 * line that goes on, or a long one, is none. */
static const struct heading_case frame_cases[] = {
	{ "Dear Mrs. Okonjo,", 1, 1 },
	{ "Hello everyone,", 1, 1 },
	{ "With warm regards from all of us,", 1, 1 },
	{ "Kind regards,\xE2\x80\x9D", 1, 1 },
	{ "Dear Mrs. Okonjo,", 2, 0 },
	{ "Dear Mrs. Okonjo", 1, 0 },
	{ "Thank you.", 1, 0 },
	{ "The plan includes:", 1, 1 },
	{ "On Friday, Noor Haddad <noor@example.org> wrote:", 1, 1 },
	/* A colon hands over however the lines were wrapped; a comma's
	 * greeting is one line. */
	{ "On Fri, 6 Mar 2026 at 10:02, Tomas Reyes Alvarado <tomas@example.net>\nwrote:",
	  2, 1 },
	{ "Hand in by noon: forms, photos and fees", 1, 0 },
	{ ",", 1, 0 },
	{ "When the committee met for the third time that month to weigh the "
	  "bids of the four firms that had answered the call for tenders,", 1, 0 },
};

START_TEST(test_is_frame_line)
{
	const struct heading_case *c = &frame_cases[_i];

	ck_assert_msg(is_frame_line(c->text, 0, strlen(c->text), c->nlines) ==
	              c->heading, "\"%s\" (%zu lines): want %d", c->text,
	              c->nlines, c->heading);
}
END_TEST

/* A letter's greeting and close are frames: never chosen, and
 * their words (the name greeted) count for nothing, while the body's
 * sentences are chosen as in any text. */
START_TEST(test_frame_kinds)
{
	const char *text = "Hi Priya,\n\nThe boiler was serviced on Monday. Priya "
	                   "has the invoice.\nPriya can pay it.\n\n"
	                   "Best wishes,\nTomas\n";
	summ_doc *doc = check_parse(text);
	summ_limits lim = { 5, 0, 0, 0, 0, 0 };
	summ_keyword kw[16];
	size_t idx[8], n, i, nkw, priya = 0;

	ck_assert_uint_eq(summ_sentence_count(doc), 6);
	ck_assert_int_eq(summ_sentence_at(doc, 0).kind, SUMM_FRAME);
	ck_assert_int_eq(summ_sentence_at(doc, 1).kind, SUMM_BODY);
	ck_assert_int_eq(summ_sentence_at(doc, 4).kind, SUMM_FRAME);
	ck_assert_int_eq(summ_select(doc, &lim, idx, 8, &n), SUMM_OK);
	ck_assert_uint_eq(n, 3);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(summ_sentence_at(doc, idx[i]).kind, SUMM_BODY);
	/* "Priya" is counted in the body, twice, not in the greeting. */
	nkw = summ_keywords(doc, 16, kw);
	for (i = 0; i < nkw; i++)
		if (kw[i].length == 5 && memcmp(text + kw[i].offset, "Priya", 5) == 0)
			priya = kw[i].count;
	ck_assert_uint_eq(priya, 2);
	summ_free(doc);
}
END_TEST

/* The line that hands a reply over to the message it quotes is a frame,
 * and the quotation's sentences are chosen, not it. */
START_TEST(test_attribution_kind)
{
	const char *text = "Agreed, the blue tiles it is.\n\n"
	                   "On Sat, 10 Jan 2026, Tom Becker <tom@example.net> wrote:\n"
	                   "> The blue tiles are back in stock. He can start on the\n"
	                   "> 19th if we confirm the tiles by Monday.\n";
	summ_doc *doc = check_parse(text);
	summ_limits lim = { 5, 0, 0, 0, 0, 0 };
	size_t idx[8], n, i;

	ck_assert_uint_eq(summ_sentence_count(doc), 4);
	ck_assert_int_eq(summ_sentence_at(doc, 1).kind, SUMM_FRAME);
	ck_assert_int_eq(summ_select(doc, &lim, idx, 8, &n), SUMM_OK);
	ck_assert_uint_eq(n, 3);
	for (i = 0; i < n; i++)
		ck_assert_uint_ne(idx[i], 1);
	summ_free(doc);
}
END_TEST

/* A short line ending in '!' that opens the text, or a quoted letter
 * after its attribution, greets as "Hi all," does: a frame.  Not a
 * longer one, nor one further on. */
START_TEST(test_greeting_kinds)
{
	static const struct {
		const char *text;
		size_t k;
		enum summ_kind kind;
	} cases[] = {
		{ "Привет!\n\nПарсер падает на длинных строках. Посмотри, пожалуйста.\n",
		  0, SUMM_FRAME },
		{ "Sounds good to me.\n\nOn Mon, 2 Mar 2026, Ana <ana@example.org> wrote:\n"
		  "> Hola a todos!\n>\n> The hall is booked for Friday. Bring chairs.\n",
		  2, SUMM_FRAME },
		{ "The council has approved the new park at last!\n\nWork starts in May.\n",
		  0, SUMM_BODY },
		{ "Work on the park starts in May.\n\nAt last!\n\nIt took nine years.\n",
		  1, SUMM_BODY },
	};

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		summ_doc *doc = check_parse(cases[i].text);
		ck_assert_msg(summ_sentence_at(doc, cases[i].k).kind == cases[i].kind,
		              "case %zu: kind %d", i,
		              (int)summ_sentence_at(doc, cases[i].k).kind);
		summ_free(doc);
	}
}
END_TEST

/* A letter's closing, a sign-off that opens its block over lines that
 * end no sentence, is framed as a signature is: the name and the title
 * under it count for nothing. */
START_TEST(test_closing_kinds)
{
	const char *text = "The vote is on Friday. Please come early.\n\n"
	                   "Kind regards,\nDr. Ines Carvalho Serrano\n"
	                   "Department of Geology\n";
	summ_doc *doc = check_parse(text);

	ck_assert_uint_eq(summ_sentence_count(doc), 5);
	ck_assert_int_eq(summ_sentence_at(doc, 1).kind, SUMM_BODY);
	for (size_t k = 2; k < 5; k++)
		ck_assert_int_eq(summ_sentence_at(doc, k).kind, SUMM_FRAME);
	summ_free(doc);
}
END_TEST

/* An e-mail's signature, from a line of "-- " to the end of its block,
 * closes it as a sign-off does: every line of it is a frame; and so is
 * a trailer after it, a block or two to the text's end (a disclaimer). */
START_TEST(test_signature_kinds)
{
	const char *text = "The audit starts on Monday. Bring the ledgers.\n\n"
	                   "-- \nHana Sato\nAuditor, Sato and Webb\n\nThis note is meant for its addressee only.\n";
	summ_doc *doc = check_parse(text);

	ck_assert_uint_eq(summ_sentence_count(doc), 6);
	ck_assert_int_eq(summ_sentence_at(doc, 1).kind, SUMM_BODY);
	ck_assert_int_eq(summ_sentence_at(doc, 2).kind, SUMM_FRAME);
	ck_assert_int_eq(summ_sentence_at(doc, 3).kind, SUMM_FRAME);
	ck_assert_int_eq(summ_sentence_at(doc, 4).kind, SUMM_FRAME);
	ck_assert_int_eq(summ_sentence_at(doc, 5).kind, SUMM_FRAME);
	summ_free(doc);
}
END_TEST

/* What follows a letter's closing: a trailer (one or two blocks to the
 * text's end or to a reply's marker) is a frame; a postscript, a quoted
 * or forwarded letter, or more text than a trailer is, is not; nor is
 * what follows a "--" that underlines a heading of two letters.  Each
 * case gives the kinds of its sentences, F for a frame, B for a body
 * sentence, H for a heading. */
struct trailer_case {
	const char *text;
	const char *kinds;
};

static const struct trailer_case trailer_cases[] = {
	{ "The crates left on Monday.\n\nBest wishes,\nRosa Lindqvist\n"
	  "Lindqvist Haulage\n\nThis message may be confidential. If it "
	  "reached you by mistake, please delete it.\n",
	  "BFFFFF" },
	{ "The crates left on Monday.\n\nBest wishes,\nRosa Lindqvist\n\n"
	  "P.S. The invoice follows by post.\n",
	  "BFFB" },
	{ "The crates left on Monday.\n\nBest wishes,\nRosa Lindqvist\n\n"
	  "This message may be confidential.\n\n"
	  "-----Original Message-----\nFrom: Ian Shaw\nSent: Monday 2 March\n"
	  "To: Rosa Lindqvist\nSubject: Crates?\n\nWhen do the crates leave?\n",
	  "BFFFHFFFFB" },
	{ "-- \nRosa Lindqvist\n\nThe crates left on Monday.\n\n"
	  "The invoice follows by post.\n\nThe driver calls ahead.\n",
	  "FFBBB" },
	{ "mm\n--\n\nNew version 1.32 is out.\n", "HFB" },
	/* A sign-off alone in its block closes the letter as well, the
	 * name under it after a blank line; not a greeting that opens it. */
	{ "The crates left on Monday.\n\nKind regards,\n\nRosa Lindqvist\n"
	  "Lindqvist Haulage\n\nThis message may be confidential.\n",
	  "BFFFF" },
	{ "Hello,\n\nRosa Lindqvist\n\nThe crates left on Monday.\n", "FHB" },
	/* A sign-off with no comma closes the letter when a word of it is
	 * one of the language's closing formulas and a name is under it,
	 * with or without a blank line; not a line of the same shape
	 * without such a word, nor one with no name under it. */
	{ "The crates left on Monday.\n\nBest regards\nRosa Lindqvist\n"
	  "Lindqvist Haulage\n\nThis message may be confidential.\n",
	  "BFFFF" },
	{ "Die Kisten haben das Lager am Montag verlassen, und der Fahrer "
	  "ruft vorher an.\n\nMit freundlichen Grüßen\nRosa Lindqvist\n\n"
	  "Diese Nachricht ist vertraulich.\n",
	  "BFFF" },
	{ "Kassene dro fra lageret på mandag, og sjåføren ringer før han "
	  "kommer fram.\n\nMed vennlig hilsen\n\nOla Nordmann\n"
	  "Nordmann Transport\n\nDenne e-posten kan være konfidensiell.\n",
	  "BFFFF" },
	{ "The fair opened at noon.\n\nStall holders\nRosa Lindqvist\n"
	  "Ian Shaw\n\nThe stalls raised 400 pounds.\n",
	  "BHHHB" },
	{ "The fair opened at noon.\n\nWarm wishes to all\n\n"
	  "The stalls raised 400 pounds. The raffle raised 120 more.\n",
	  "BFBB" },
	/* A rule alone after the closing sets off a mailing list's footer,
	 * a trailer; a rule above a header or a blank line opens a
	 * forwarded letter, which is not. */
	{ "The crates left on Monday.\n\nBest wishes,\nRosa Lindqvist\n\n"
	  "==========\nFreight talk, the list of the haulage guild\n"
	  "To leave it, write to talk-leave@haulage.example.org.\n",
	  "BFFFFF" },
	{ "The crates left on Monday.\n\nBest wishes,\nRosa Lindqvist\n\n"
	  "________________________________\nFrom: Ian Shaw\n"
	  "Sent: Monday 2 March\nTo: Rosa Lindqvist\n\n"
	  "When do the crates leave?\n",
	  "BFFBFFFB" },
	{ "The crates left on Monday.\n\nBest wishes,\nRosa Lindqvist\n\n"
	  "----------\n\nWhen do the crates leave? The driver asks.\n",
	  "BFFBBB" },
	/* A dash alone is the signature's delimiter as typography makes
	 * it (a notification's footer under "—", a signature under "–");
	 * a dash between blank lines breaks a story's sections, and the
	 * story goes on. */
	{ "The build fails on the new runner.\n\n\xE2\x80\x94\n"
	  "Reply to this message to comment on the ticket.\n"
	  "You get this because you watch the project.\n",
	  "BFFF" },
	{ "The crates left on Monday.\n\n\xE2\x80\x93\nRosa Lindqvist\n"
	  "Lindqvist Haulage\n",
	  "BFFF" },
	{ "The boat left at dawn.\n\n\xE2\x80\x94\n\n"
	  "By noon the wind had turned. The crew reefed the sails.\n",
	  "BBBB" },
};

/* Parses case I, C, and compares the kinds of its sentences with
 * C->kinds: F a frame, B body, H a heading or the title. */
static void check_kinds(const struct trailer_case *c, int i)
{
	summ_doc *doc = check_parse(c->text);
	size_t n = summ_sentence_count(doc);
	char got[32] = "";

	for (size_t k = 0; k < n && k + 1 < sizeof got; k++) {
		int kind = summ_sentence_at(doc, k).kind;
		got[k] = kind == SUMM_FRAME ? 'F' : kind == SUMM_BODY ? 'B' : 'H';
	}
	ck_assert_msg(strcmp(got, c->kinds) == 0, "case %d: kinds %s, want %s",
	              i, got, c->kinds);
	summ_free(doc);
}

START_TEST(test_trailer_kinds)
{
	check_kinds(&trailer_cases[_i], _i);
}
END_TEST

/* A document's last section, under a heading that names a licence, is
 * a frame, after some body; not a section that another heading follows,
 * nor that of a text about licences (one that names them twice before
 * it), nor what follows a copyright notice.  Each case is read as
 * Markdown if MARKDOWN, and gives the kinds of its sentences as
 * trailer_cases do (T for the title). */
struct licence_case {
	int markdown;
	const char *text;
	const char *kinds;
};

static const struct licence_case licence_cases[] = {
	{ 1, "# kettle\n\nKettle boils logs down to what changed. It reads "
	     "them as they grow.\n\n## License\n\nYou may copy and change "
	     "this program. It comes with no warranty.\n",
	  "TBBHFF" },
	{ 0, "Kettle boils logs down to what changed. It reads them as they "
	     "grow.\n\nLicence\n-------\n\nYou may copy and change this "
	     "program. It comes with no warranty.\n",
	  "BBHFFF" },
	{ 1, "# Kessel\n\nKessel kocht Protokolle auf das Neue ein.\n\n"
	     "## Lizenz\n\nDu darfst das Programm kopieren und ändern.\n",
	  "TBHF" },
	/* Its own headings, which name it, keep the section open. */
	{ 1, "# kettle\n\nKettle boils logs down to what changed.\n\n"
	     "## License\n\n### The Kettle License\n\nYou may copy and "
	     "change this program.\n",
	  "TBHFF" },
	{ 1, "# kettle\n\nKettle boils logs down to what changed.\n\n"
	     "## License\n\nYou may copy and change this program.\n\n"
	     "## Authors\n\nAnn Lee wrote it on a train.\n",
	  "TBHBHB" },
	{ 1, "# The Kettle License\n\nThis license lets you copy the "
	     "program. The license asks nothing back.\n\n## Copying\n\n"
	     "Copy it whole or in part.\n",
	  "TBBHB" },
	{ 0, "Kettle boils logs down to what changed.\n\nCopyright 2024 Ann "
	     "Lee\n\nKettle reads logs as they grow.\n",
	  "BHB" },
};

START_TEST(test_licence_kinds)
{
	const struct licence_case *c = &licence_cases[_i];
	summ_options opt = { NULL, c->markdown ? SUMM_INPUT_MARKDOWN
	                                       : SUMM_INPUT_TEXT, NULL, NULL };
	summ_doc *doc;
	char got[32] = "";

	ck_assert_int_eq(summ_parse_with(c->text, strlen(c->text), &opt, &doc),
	                 SUMM_OK);
	for (size_t k = 0; k < summ_sentence_count(doc) && k + 1 < sizeof got;
	     k++) {
		int kind = summ_sentence_at(doc, k).kind;
		got[k] = kind == SUMM_FRAME ? 'F' : kind == SUMM_BODY ? 'B'
		       : kind == SUMM_TITLE ? 'T' : 'H';
	}
	ck_assert_msg(strcmp(got, c->kinds) == 0, "case %d: kinds %s, want %s",
	              _i, got, c->kinds);
	summ_free(doc);
}
END_TEST

/* A service's notice at a message's end, a line that says why its
 * reader receives the message or how to stop it, is a frame with the
 * lines under it, in the text's language or in English (each case gives
 * the kinds of its sentences as trailer_cases do); not such words inside
 * a story's line, nor a word that only begins as one of its phrases,
 * nor a notice with no body above it, nor one a dozen sentences and
 * more from the end. */
static const struct trailer_case notice_cases[] = {
	{ "Ines moved the ticket to Review. The fix changes how dates are "
	  "parsed.\n\nYou are receiving this email because you watch this "
	  "project.\nManage your preferences: https://tracker.example/p\n",
	  "BBFF" },
	{ "The reading group meets on Thursday at six. Bring the second half "
	  "of the novel.\n\nTo unsubscribe, reply with the word STOP.\n",
	  "BBF" },
	/* The notice under the team's line, in its block. */
	{ "La bibliothèque ouvrira le mardi jusqu’à dix-neuf heures à partir "
	  "du mois prochain. Les horaires du samedi ne changent pas.\n\n"
	  "L’équipe de la bibliothèque\nVous recevez cette lettre car vous "
	  "êtes inscrit à la bibliothèque.\nSe désinscrire : "
	  "https://biblio.example/lettre\n",
	  "BBHFF" },
	/* In English under a German mail, as services that speak one
	 * language write it. */
	{ "Die Bibliothek bleibt ab dem nächsten Monat dienstags bis neunzehn "
	  "Uhr geöffnet. Die Öffnungszeiten am Samstag ändern sich nicht.\n\n"
	  "You are receiving this email because you signed up.\n",
	  "BBF" },
	/* Inside a run of Han and Kana, where no space parts words. */
	{ "来週の月曜日から、図書館の開館時間が午後七時までに延長されます。"
	  "土曜日の開館時間は変わりません。\n\n"
	  "※配信停止はこちら https://biblio.example/stop\n",
	  "BBF" },
	{ "The shop closed after twenty years. \"Who wants a service you "
	  "cannot unsubscribe from?\" one reader asked.\n",
	  "BB" },
	{ "The shop closed after twenty years.\n\nSix readers unsubscribed "
	  "after the change.\n",
	  "BB" },
	{ "You are receiving this email because you signed up.\n\nThe shop "
	  "closed after twenty years.\n",
	  "BB" },
	{ "To unsubscribe, a reader writes to the shop.\n\nIt rained on "
	  "Monday. It rained on Tuesday. It rained on Wednesday. It rained "
	  "on Thursday. It rained on Friday. It rained on Saturday. It "
	  "rained on Sunday. It was dry on Monday. It was dry on Tuesday. It "
	  "was dry on Wednesday. It was dry on Thursday. It was dry on "
	  "Friday.\n",
	  "BBBBBBBBBBBBB" },
};

START_TEST(test_notice_kinds)
{
	check_kinds(&notice_cases[_i], _i);
}
END_TEST

/* A letter's courtesy formulas, at its head or its tail, are frames
 * when they are a sentence with little else, in the text's language
 * (as the words of its formulas are parted, or in a run of Han and
 * Kana); not a sentence that says more after one, nor a text of
 * formulas alone. */
static const struct trailer_case formula_cases[] = {
	{ "Hi Ann,\n\nThank you for your email.\n\nThe crates left on Monday "
	  "and arrive on Thursday. The driver calls ahead.\n\nLet me know if "
	  "you have any questions.\n\nBest regards,\nRosa\n",
	  "FFBBFFF" },
	{ "Hallo Jonas,\n\nvielen Dank für deine Nachricht und die Fotos.\n\nDie Kisten sind "
	  "am Montag losgefahren und kommen am Donnerstag an. Der Fahrer ruft "
	  "vorher an.\n\nViele Grüße\nRosa\n",
	  "FFBBFF" },
	{ "田中様\n\nいつも大変お世話になっております。\n北浜商事の佐藤です。\n\n"
	  "先日ご依頼いただいた見積書を本日お送りいたします。"
	  "納期は四月十日の予定です。\n\nよろしくお願いいたします。\n",
	  "HFBBBF" },
	{ "Thank you for your email about the roof repairs on the north side "
	  "of the hall. The roofer comes on Monday.\n",
	  "BB" },
	{ "Thank you!\n", "B" },
	/* A formula's word in a story's clause is no formula. */
	{ "The storm cut the island off for a week. Everyone feared the "
	  "school would stay shut. And, thanks to Ann, it did not.\n",
	  "BBB" },
	/* Formulas of parts: an apology and its cause, a thanking word and
	 * its object, a wish for the weekend. */
	{ "Hi Ann,\n\nSorry for the late reply.\n\nThe boat has been back in "
	  "the water since Tuesday. The new rudder works well.\n\nThanks "
	  "again for your patience. Have a nice weekend!\n\nRosa\n",
	  "FFBBFFH" },
	{ "Bonjour Paul,\n\nUn grand merci pour ton aide.\n\nLe bateau est "
	  "de nouveau à l'eau depuis mardi. Le gouvernail neuf tient bien."
	  "\n\nBon week-end !\nRosa\n",
	  "FFBBFH" },
	/* But a sentence that says more, or only looks like one. */
	{ "Hi Ann,\n\nThanks for your help with the move: the piano reached "
	  "the flat without a scratch.\n\nThe boxes are all unpacked.\n",
	  "FBB" },
	{ "Hi Ann,\n\nHow are you getting to the meeting in Leeds on Friday?"
	  "\n\nThe trains are on strike.\n",
	  "FBB" },
	/* Who writes, at a letter's start: an opening phrase, or an ending
	 * one in Japanese and Chinese. */
	{ "Dear Mr Hale,\n\nMy name is Ann Lee and I live at number 12.\n\n"
	  "The streetlight outside our house has been out since Monday. "
	  "Could the council repair it?\n\nKind regards,\nAnn Lee\n",
	  "FFBBFF" },
	{ "Sehr geehrte Frau Roth,\n\nich bin der Vater von Mia aus der "
	  "Klasse 2b.\n\nMia ist seit Montag krank und fehlt bis Freitag. "
	  "Die Hausaufgaben holt ihr Bruder ab.\n\nMit freundlichen Grüßen"
	  "\nTom Weber\n",
	  "FFBBFF" },
	{ "山田先生\n\n3年2組の中村翔の母でございます。\n\n翔は熱があるため、"
	  "本日は欠席いたします。明日の遠足は参加する予定です。\n",
	  "HFBB" },
	{ "王老师：\n\n我是二年级（3）班张伟的爸爸。\n\n张伟今天发烧，"
	  "需要请假一天。作业明天补交。\n",
	  "HFBB" },
	/* Not a longer sentence, nor one further down, nor "I am" alone. */
	{ "Dear Mr Hale,\n\nMy name is Ann Lee, and the streetlight outside "
	  "number 12 has been out since Monday, which worries the older "
	  "neighbours.\n\nCould the council repair it?\n",
	  "FBB" },
	{ "Dear Mr Hale,\n\nI am writing about the streetlight at number "
	  "12.\n\nIt has been out since Monday.\n",
	  "FBB" },
	{ "The clerk read out the list. Ann waited. Tom waited. The hall "
	  "was cold. The clerk stopped. Ann stood up. She said it aloud: "
	  "My name is Ann Lee.\n",
	  "BBBBBBB" },
};

START_TEST(test_formula_kinds)
{
	check_kinds(&formula_cases[_i], _i);
}
END_TEST

/* A page's notice is a frame too: an HTML newsletter's last block. */
START_TEST(test_notice_html)
{
	static const char page[] =
		"<html><body><div><h1>Garden news</h1><p>The polytunnel has "
		"been repaired and the first seedlings are up. We still need "
		"volunteers for Saturday mornings.</p><p>Membership renewals are "
		"due by the end of March. The fee stays the same.</p></div>\n"
		"<p style=\"font-size:10px\">You are receiving this email "
		"because you signed up at one of our events. "
		"<a href=\"https://x.example/u\">Unsubscribe</a></p>"
		"</body></html>";
	summ_options opt = { NULL, SUMM_INPUT_HTML, NULL, NULL };
	summ_doc *doc;
	size_t n;

	ck_assert_int_eq(summ_parse_with(page, strlen(page), &opt, &doc),
	                 SUMM_OK);
	n = summ_sentence_count(doc);
	ck_assert_uint_eq(n, 7);
	ck_assert_int_eq(summ_sentence_at(doc, 4).kind, SUMM_BODY);
	ck_assert_int_eq(summ_sentence_at(doc, 5).kind, SUMM_FRAME);
	ck_assert_int_eq(summ_sentence_at(doc, 6).kind, SUMM_FRAME);
	summ_free(doc);
}
END_TEST

/* A paragraph of one line that is a name ending in an abbreviation's
 * period (a firm's, a letterhead's) is a frame, not a sentence; a line
 * with a word in lower case is a sentence, and a file's name no
 * abbreviation. */
struct name_line_case {
	const char *line;
	int frame;
};

static const struct name_line_case name_line_cases[] = {
	{ "Northwind Freight Ltd.", 1 },
	{ "Cielo Azul S.A.", 1 },
	{ "Stavby Morava s.r.o.", 1 },
	{ "Copyright 2019 Harbor Tools, Inc.", 1 },
	{ "Arthur Penhallow Jr.", 1 },
	{ "Freight moved to the U.S.", 0 },
	{ "Rewrote parse.c.", 0 },
	{ "Northwind Freight Ltd", 0 },            /* a heading */
	{ "The Board Met Ltd.", 1 },               /* capitalised: a name */
	{ "Ltd.", 0 },
	/* A sentence's particles make no name (a legal form's do: see
	 * letter_cases). */
	{ "Born in the U.S.", 0 },
	{ "Moved to Leeds Ltd.", 0 },
};

START_TEST(test_name_line_kinds)
{
	const struct name_line_case *c = &name_line_cases[_i];
	char text[200];
	summ_doc *doc;

	snprintf(text, sizeof text,
	         "The crates left on Monday. They arrive soon.\n\n%s\n", c->line);
	doc = check_parse(text);
	ck_assert_uint_eq(summ_sentence_count(doc), 3);
	ck_assert_msg((summ_sentence_at(doc, 2).kind == SUMM_FRAME) == c->frame,
	              "\"%s\": kind %d", c->line, (int)summ_sentence_at(doc, 2).kind);
	summ_free(doc);
}
END_TEST

START_TEST(test_is_heading)
{
	const struct heading_case *c = &heading_cases[_i];

	ck_assert_msg(is_heading(c->text, 0, strlen(c->text), c->nlines) ==
	              c->heading, "\"%s\" (%zu lines): want %d", c->text,
	              c->nlines, c->heading);
}
END_TEST

/* A byte-order mark is skipped, and only a whole one. */
START_TEST(test_text_start)
{
	ck_assert_uint_eq(text_start("\xEF\xBB\xBF" "Title", 8), 3);
	ck_assert_uint_eq(text_start("\xEF\xBB\xBF", 3), 3);
	ck_assert_uint_eq(text_start("\xEF\xBB", 2), 0);
	ck_assert_uint_eq(text_start("\xEF\xBB" "x", 3), 0);
	ck_assert_uint_eq(text_start("Title", 5), 0);
	ck_assert_uint_eq(text_start("", 0), 0);
}
END_TEST

/* next_paragraph: blank lines always separate; a line that ends in a
 * comma or that the next continues in lower case runs on; each
 * paragraph is trimmed and numbered from 0. */
START_TEST(test_next_paragraph)
{
	const char *text = "  One, two\nand three.  \n\n \n\tFour.\n";
	paragraph_reader pr;
	paragraph p;

	paragraphs_begin(&pr, text, strlen(text), 0, &lang_en);
	ck_assert(next_paragraph(&pr, &p));
	ck_assert_uint_eq(p.start, 2);
	ck_assert_uint_eq(p.end, 21);
	ck_assert_uint_eq(p.nlines, 2);
	ck_assert_uint_eq(p.number, 0);
	ck_assert(next_paragraph(&pr, &p));
	ck_assert_uint_eq(p.start, 28);
	ck_assert_uint_eq(p.end, 33);
	ck_assert_uint_eq(p.nlines, 1);
	ck_assert_uint_eq(p.number, 1);
	ck_assert(!next_paragraph(&pr, &p));
	/* Past a BOM, and none in a blank text. */
	text = "\xEF\xBB\xBF" "Title\n";
	paragraphs_begin(&pr, text, strlen(text), text_start(text, strlen(text)),
	                 &lang_en);
	ck_assert(next_paragraph(&pr, &p));
	ck_assert_uint_eq(p.start, 3);
	ck_assert_uint_eq(p.end, 8);
	ck_assert(!next_paragraph(&pr, &p));
	text = " \r\n\t\r \n";
	paragraphs_begin(&pr, text, strlen(text), 0, &lang_en);
	ck_assert(!next_paragraph(&pr, &p));
}
END_TEST

Suite *paragraphs_suite(void)
{
	Suite *s = suite_create("paragraphs");
	TCase *tb = tcase_create("basics");
	TCase *tl = tcase_create("lines");
	TCase *tp = tcase_create("positions");
	TCase *th = tcase_create("headings");
	TCase *tr = tcase_create("reader");

	tcase_add_loop_test(tb, test_basics, 0, NCASES(basic_cases));
	tcase_add_loop_test(tl, test_lines, 0, NCASES(line_cases));
	tcase_add_loop_test(tl, test_letters, 0, NCASES(letter_cases));
	tcase_add_test(tp, test_positions);
	tcase_add_test(tp, test_vertical_source);
	tcase_add_loop_test(tl, test_quotes, 0, NCASES(quote_cases));
	tcase_add_test(tp, test_quote_source);
	tcase_add_test(tp, test_quote_length);
	tcase_add_test(th, test_heading_kinds);
	tcase_add_test(th, test_headings_only);
	tcase_add_loop_test(th, test_is_heading, 0, NCASES(heading_cases));
	tcase_add_loop_test(th, test_is_frame_line, 0, NCASES(frame_cases));
	tcase_add_test(th, test_frame_kinds);
	tcase_add_test(th, test_attribution_kind);
	tcase_add_test(th, test_greeting_kinds);
	tcase_add_test(th, test_closing_kinds);
	tcase_add_test(th, test_signature_kinds);
	tcase_add_loop_test(th, test_trailer_kinds, 0,
	                    (int)(sizeof trailer_cases / sizeof *trailer_cases));
	tcase_add_loop_test(th, test_licence_kinds, 0,
	                    (int)(sizeof licence_cases / sizeof *licence_cases));
	tcase_add_loop_test(th, test_notice_kinds, 0,
	                    (int)(sizeof notice_cases / sizeof *notice_cases));
	tcase_add_test(th, test_notice_html);
	tcase_add_loop_test(th, test_formula_kinds, 0,
	                    (int)(sizeof formula_cases / sizeof *formula_cases));
	tcase_add_loop_test(th, test_name_line_kinds, 0,
	                    (int)(sizeof name_line_cases / sizeof *name_line_cases));
	tcase_add_test(tr, test_text_start);
	tcase_add_test(tr, test_next_paragraph);
	suite_add_tcase(s, tb);
	suite_add_tcase(s, tl);
	suite_add_tcase(s, tp);
	suite_add_tcase(s, th);
	suite_add_tcase(s, tr);
	return s;
}
