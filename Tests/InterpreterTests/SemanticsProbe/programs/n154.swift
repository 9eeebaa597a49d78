struct Team { var members: [String]; var lead: Person }
struct Person { var name: String; var tags: Set<String> = [] }
var t = Team(members: ["a"], lead: Person(name: "L"))
var t2 = t
t2.members.append("b"); t2.lead.name = "M"; t2.lead.tags.insert("x")
print(t.members, t.lead.name, t.lead.tags.count, t2.members, t2.lead.name, t2.lead.tags.sorted())
