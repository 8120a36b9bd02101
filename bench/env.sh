# Sourced by every bench script (from the project root): the ops token the drivers use, and no SMS or per-address
# limits for the driver, which registers thousands of users from one address.
export SWITCHBOARD_OPS_TOKEN=bench-ops-token
export SWITCHBOARD_LIMITS_EXEMPT_ADDRESSES=127.0.0.1,0:0:0:0:0:0:0:1 SWITCHBOARD_SMS_PER_MINUTE=0
