print(.pi)
// expect error: 1:8 type 'Any' has no member 'pi'
