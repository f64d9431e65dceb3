package timex

// sec names a section of the data files.
type sec uint8

const (
	sNone sec = iota
	sAge
	sAgo
	sAgoafter
	sAnaphoric
	sApprox
	sApproxmod
	sArticle
	sCentury
	sClause
	sClock
	sClockprep
	sDaynight
	sDaypart
	sDaypartprep
	sDecade
	sDeictic
	sDurprep
	sEarlier
	sFuture
	sHoliday
	sIn
	sInfgov
	sLast
	sLater
	sMonth
	sNext
	sNoeventdate
	sNounmod
	sNumber
	sOrdend
	sOrdinal
	sPart
	sPast
	sPer
	sRef
	sSeason
	sSet
	sSetadj
	sThis
	sTonight
	sUnit
	sUnitnoun
	sVague
	sWeekday
	sYearcue
	sYearnoun
	sUntilcue
	sDaylink
	sNotverb
	sFraction
	sHalfafter
	sStreet
	sLastanaph
	sNextanaph
	sVerbcue
	sDeterminer
	sSubord
	sSubordnot
	sNegation
	sCleft
	sInfclause
	sClitic
	sEtre
	sCount // number of sections: keep last
)

// Every section must have a bit in the 64-bit token masks (tok.one, tok.any,
// rule groups): this constant does not compile when there are more.
const _ uint64 = 1 << (sCount - 1)

// secByName maps the data files' section names to sec values; sections
// not listed (the suffix lists) are kept as strings.
var secByName = map[string]sec{
	"age":         sAge,
	"ago":         sAgo,
	"agoafter":    sAgoafter,
	"anaphoric":   sAnaphoric,
	"approx":      sApprox,
	"approxmod":   sApproxmod,
	"article":     sArticle,
	"century":     sCentury,
	"clause":      sClause,
	"clock":       sClock,
	"clockprep":   sClockprep,
	"daynight":    sDaynight,
	"daypart":     sDaypart,
	"daypartprep": sDaypartprep,
	"decade":      sDecade,
	"deictic":     sDeictic,
	"durprep":     sDurprep,
	"earlier":     sEarlier,
	"future":      sFuture,
	"holiday":     sHoliday,
	"in":          sIn,
	"infgov":      sInfgov,
	"last":        sLast,
	"later":       sLater,
	"month":       sMonth,
	"next":        sNext,
	"noeventdate": sNoeventdate,
	"nounmod":     sNounmod,
	"number":      sNumber,
	"ordend":      sOrdend,
	"ordinal":     sOrdinal,
	"part":        sPart,
	"past":        sPast,
	"per":         sPer,
	"ref":         sRef,
	"season":      sSeason,
	"set":         sSet,
	"setadj":      sSetadj,
	"this":        sThis,
	"tonight":     sTonight,
	"unit":        sUnit,
	"unitnoun":    sUnitnoun,
	"vague":       sVague,
	"weekday":     sWeekday,
	"yearcue":     sYearcue,
	"yearnoun":    sYearnoun,
	"untilcue":    sUntilcue,
	"daylink":     sDaylink,
	"notverb":     sNotverb,
	"etre":        sEtre,
	"fraction":    sFraction,
	"halfafter":   sHalfafter,
	"street":      sStreet,
	"lastanaph":   sLastanaph,
	"nextanaph":   sNextanaph,
	"verbcue":     sVerbcue,
	"determiner":  sDeterminer,
	"subord":      sSubord,
	"subordnot":   sSubordnot,
	"negation":    sNegation,
	"cleft":       sCleft,
	"infclause":   sInfclause,
	"clitic":      sClitic,
}
