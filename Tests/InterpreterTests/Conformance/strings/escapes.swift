print("tab\tend")
print("quote \"q\" and backslash \\")
print("line1\nline2")
// expect: tab	end
// expect: quote "q" and backslash \
// expect: line1
// expect: line2
