/**
 * Common English given names and the gender they usually carry, so that "he" and "she" can
 * tell two people apart when the article gives no honorific. Data only: a modest list of
 * the first names most common in the US, UK and Commonwealth (as any baby-name list has
 * them), lower case. Names used for both (Jordan, Alex, Sam, Taylor) are left out: a wrong
 * gender is worse than none.
 */
import type { Gender } from './pronouns.js';

const MALE = `
aaron adam adrian alan albert alexander alfred andrew angus anthony antonio archie arnold arthur austin barry ben benjamin
bernard bill billy bob bobby brad bradley brandon brendan brett brian bruce bryan calvin carl carlos charles charlie
chris christopher chuck clarence clark clifford clint colin connor craig curtis dale dan daniel danny darren dave david
dean dennis derek desmond dick dominic don donald doug douglas duncan dwight earl ed eddie edgar edward eric ernest eugene
evan frank franklin fred frederick gareth gary gavin geoff geoffrey george gerald glenn gordon graham grant greg gregory
gus guy harold harry harvey hector henry herbert howard hugh hugo ian isaac ivan jack jacob jake james jamie jared jason jeff
jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan julian justin
keith ken kenneth kevin kieran kyle lance larry lawrence lee leo leon leonard lewis liam lloyd louis luis luke malcolm mark
marcus martin marvin matt matthew max michael mike mitch mitchell nathan neil nicholas nick nigel noah norman oliver oscar
owen patrick paul pete peter phil philip phillip ralph randy ray raymond reggie richard rick ricky rob robert rod rodney
roger roland ron ronald ross roy rudy rupert russell ryan samuel scott sean seth shane simon stanley stephen steve steven
stewart stuart ted terry theodore thomas tim timothy toby todd tom tommy tony travis trevor troy victor vincent wallace walter
warren wayne wesley will william willie zach zachary mohammed muhammad ahmed ali omar hassan ibrahim mustafa vladimir
sergei dmitri boris igor yuri francois pierre jacques michel hans klaus jurgen giuseppe giovanni marco luca pablo
miguel jorge javier diego rafael raul pedro manuel fernando ricardo hiroshi kenji wei jun rahul raj sanjay vijay amit
mitt marco lindsey nikolai benjamin joseph ashton bret clive dermot
declan eamon fergus gerry hamish ollie rory seamus wilbur elijah ethan mason logan lucas owen caleb dylan hunter isaiah
abraham alvin andre andy angelo arturo bernie bert brent bryce byron cecil chad chester christian clayton cliff cody cole
conrad cory damian dante darrell darryl devin donnie drew duane dustin eli elliot emmett ernie everett felix floyd gabriel
garrett gene gilbert glen hank harrison herman hal homer horace hubert irving jay jeffery jeremiah joey jonah julius karl
kent kurt lamar lester lowell luther manny mario marty maurice melvin micah milton mohamed morris ned nelson nolan otis
perry preston quentin ramon reginald rex reuben richie robbie rodrigo roman ronnie rudolph sammy saul sergio sid spencer
stan sterling terrence tobias tyler vernon wade wendell willard winston woody xavier felipe enrique andres alberto
alejandro eduardo emilio ernesto francisco gustavo ignacio julio lorenzo marcos mauricio octavio roberto rodolfo santiago
vicente matteo francesco sebastian stefan lars sven anders nils henrik mikhail alexei andrei viktor oleg pavel ahmad
mahmoud abdul khalid tariq yusuf hamid reza moshe avi ari
corey marc nate russ allan garry trey sheldon lou emmet morton newt tad robby rocco rusty dirk brock
`;

const FEMALE = `
abigail ada agnes alice alicia alison amanda amber amy andrea angela anita ann anna anne annie april barbara beatrice becky
belinda betty beverly bonnie brenda bridget brittany camilla carla carmen carol caroline carolyn catherine cathy charlotte
cheryl chloe christina christine cindy claire clara claudia colleen connie courtney cynthia daisy dana danielle debbie
deborah debra denise diana diane donna doris dorothy edith eileen elaine eleanor elena elizabeth ella ellen emily emma erica
erin esther eva evelyn fiona florence frances gail gemma georgia geraldine gillian gina gladys gloria grace hannah harriet
hazel heather heidi helen holly ida irene iris isabel isabella jackie jacqueline jane janet janice jasmine jean
jeanne jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith judy julia julie june karen kate katherine
kathleen kathryn kathy katie kay kelly kim kimberly kirsten kristen laura lauren leah lily linda lisa lois loretta lorraine
louise lucy lydia lynn madeleine madison maggie mandy margaret maria marian marie marilyn marion martha mary maureen megan
melanie melissa mia michelle mildred molly monica nancy naomi natalie nicola nicole nina nora norma olivia paige pamela
patricia paula pauline peggy penny phyllis priscilla rachel rebecca regina rita roberta rose rosemary ruth sally samantha
sandra sara sarah sharon sheila shirley sophie stacy stella stephanie sue susan suzanne sylvia tammy tanya teresa theresa
tina tracy valerie vanessa vera victoria violet virginia wendy yvonne zoe nikki elisabeth marine angela theresa
ingrid greta maria carmen lucia sofia isabel ana fatima aisha priya sunita mei yuki olga natalia svetlana tatiana irina
nadia leila yasmin nancy hope megyn
hillary allison ashley brianna candace carly chelsea dolores elise gwen jodi kayla kristin marsha meghan melinda michele
rosa roxanne sheryl sonia tara tiffany whitney alexandra beth betsy bernadette carrie cecilia charlene darlene dianne eliza
faith francesca gabrielle gretchen jeanette jenna kara kristina lena lila lori lucille mara marcia marianne marisa maxine
meredith miriam myra nadine patty rhonda sabrina serena sonya tamara terri toni vicki yolanda elaine janine alma gabriela
liz angie carole marla maya felicia gabby jillian brigid cecile janelle jolene lorna renee susie tammie wanda
`;

function table(text: string, gender: Gender): [string, Gender][] {
  return text.split(/\s+/).filter(Boolean).map((n) => [n, gender]);
}

/** Lower-case given name → the gender it usually carries. */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, Gender> = new Map([...table(MALE, 'male'), ...table(FEMALE, 'female')]);

/**
 * Capitalised words that open place names, groups and adjectival phrases, never a person's name
 * ("New Hampshire", "South Carolina", "Western Europe", "American voters", "Islamic State"), lower case.
 * A capitalised run opening with one is no person unless a title stands before it.
 */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(`
new north south east west northern southern eastern western central northeast northwest southeast southwest
upper lower greater los las san santa fort port mount lake
american african asian european latin hispanic arab islamic muslim christian jewish catholic evangelical
republican democratic democrat conservative liberal progressive libertarian socialist federal national
united state states human civil supreme wall capitol white black green red blue
`.split(/\s+/).filter(Boolean));

/**
 * Capitalised adjectives of place, nation, faith and party that stand alone as no person
 * ("Republican", "Chinese", "Southern"): unlike "West" or "Green", never a surname. Lower case.
 */
export const NOT_SURNAMES: ReadonlySet<string> = new Set(`
northern southern eastern western central american african asian european hispanic arab islamic muslim jewish catholic
evangelical republican republicans democratic democrat democrats conservative liberal progressive libertarian socialist
federal national supreme capitol chinese russian mexican british french german iranian israeli syrian iraqi afghan
japanese korean indian canadian australian irish scottish welsh english italian spanish turkish egyptian saudi
palestinian ukrainian polish dutch swedish cuban brazilian
`.split(/\s+/).filter(Boolean));
