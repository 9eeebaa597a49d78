let level = 2
var messages: [String] = []
switch level {
case 3:
    messages.append("three")
    fallthrough
case 2:
    messages.append("two")
    fallthrough
case 1:
    messages.append("one")
default:
    messages.append("none")
}
print(messages)
