let x = 2.5
print(x.rounded(.sideways))
// expect error: 2:7 'rounded' takes a FloatingPointRoundingRule
